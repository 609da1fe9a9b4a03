// A function deferred INSIDE a deferred function is not called directly by the panic machinery:
// when the outer deferred function returns normally, its own defers run, and their recover()
// returns nil; the panic continues to the caller.
package main

import "fmt"

func f() {
	defer func() {
		defer func() {
			fmt.Println("inner deferred recover:", recover())
		}()
		fmt.Println("outer deferred function runs")
	}()
	panic("p1")
}

func main() {
	defer func() {
		fmt.Println("main recover:", recover())
	}()
	f()
	fmt.Println("not reached")
}
