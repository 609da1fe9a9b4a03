// go build -gcflags=-d=defer (Go 1.19) reports:
//
//	./nine_defers.go:19:2: stack-allocated defer
//	./nine_defers.go:20:2: stack-allocated defer
//	./nine_defers.go:21:2: stack-allocated defer
//	./nine_defers.go:22:2: stack-allocated defer
//	./nine_defers.go:23:2: stack-allocated defer
//	./nine_defers.go:24:2: stack-allocated defer
//	./nine_defers.go:25:2: stack-allocated defer
//	./nine_defers.go:26:2: stack-allocated defer
//	./nine_defers.go:27:2: stack-allocated defer
//
// 9 defers in one function: more than 8, so Go uses runtime (stack-allocated) defer records.
package main

import "fmt"

func nine(x int) (r int) {
	defer fmt.Println("d1", x)   // want-defer: runtime
	defer fmt.Println("d2", x+1) // want-defer: runtime
	defer fmt.Println("d3", x+2) // want-defer: runtime
	defer fmt.Println("d4", x+3) // want-defer: runtime
	defer fmt.Println("d5", x+4) // want-defer: runtime
	defer fmt.Println("d6", x+5) // want-defer: runtime
	defer fmt.Println("d7", x+6) // want-defer: runtime
	defer fmt.Println("d8", x+7) // want-defer: runtime
	defer func() { r++ }()       // want-defer: runtime
	return x * 2
}

func main() {
	fmt.Println(nine(10))
}
