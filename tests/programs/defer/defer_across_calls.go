// Each function's defers run at that function's return, interleaved with the caller's body.
package main

import "fmt"

func level(n int) {
	defer fmt.Println("leave", n)
	fmt.Println("enter", n)
	if n < 3 {
		level(n + 1)
	}
	fmt.Println("after child", n)
}

func main() {
	defer fmt.Println("main exit")
	level(1)
	func() {
		defer fmt.Println("literal exit")
		fmt.Println("literal body")
	}()
	fmt.Println("main body end")
}
