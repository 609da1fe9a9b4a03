// go build -gcflags=-d=defer (Go 1.19) reports:
//
//	./eight_defers_two_returns.go:18:2: stack-allocated defer
//	./eight_defers_two_returns.go:19:2: stack-allocated defer
//	./eight_defers_two_returns.go:20:2: stack-allocated defer
//	./eight_defers_two_returns.go:21:2: stack-allocated defer
//	./eight_defers_two_returns.go:22:2: stack-allocated defer
//	./eight_defers_two_returns.go:23:2: stack-allocated defer
//	./eight_defers_two_returns.go:24:2: stack-allocated defer
//	./eight_defers_two_returns.go:25:2: stack-allocated defer
//
// 8 defers x 2 returns = 16: over the limit of 15 even though 8 defers alone would be open-coded.
package main

import "fmt"

func eight(x int) int {
	defer fmt.Println("d1", x)   // want-defer: runtime
	defer fmt.Println("d2", x+1) // want-defer: runtime
	defer fmt.Println("d3", x+2) // want-defer: runtime
	defer fmt.Println("d4", x+3) // want-defer: runtime
	defer fmt.Println("d5", x+4) // want-defer: runtime
	defer fmt.Println("d6", x+5) // want-defer: runtime
	defer fmt.Println("d7", x+6) // want-defer: runtime
	defer fmt.Println("d8", x+7) // want-defer: runtime
	if x < 0 {
		return -1
	}
	return x * 2
}

func main() {
	fmt.Println(eight(10))
	fmt.Println(eight(-10))
}
