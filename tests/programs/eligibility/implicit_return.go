// go build -gcflags=-d=defer (Go 1.19) reports:
//
//	./implicit_return.go:16:2: open-coded defer
//	./implicit_return.go:17:2: open-coded defer
//	./implicit_return.go:18:2: open-coded defer
//	./implicit_return.go:19:2: open-coded defer
//	./implicit_return.go:20:2: open-coded defer
//
// 5 defers x 3 return statements = 15, plus falling off the end of the function: only return
// statements count, so Go open-codes them all.
package main

import "fmt"

func five(n int) {
	defer fmt.Println("  d1") // want-defer: open-coded
	defer fmt.Println("  d2") // want-defer: open-coded
	defer fmt.Println("  d3") // want-defer: open-coded
	defer fmt.Println("  d4") // want-defer: open-coded
	defer fmt.Println("  d5") // want-defer: open-coded
	if n == 0 {
		fmt.Println("return 0")
		return
	}
	if n == 1 {
		fmt.Println("return 1")
		return
	}
	if n == 2 {
		fmt.Println("return 2")
		return
	}
	fmt.Println("fall off the end")
}

func main() {
	for i := 0; i < 4; i++ {
		five(i)
	}
}
