// A panic inside a deferred call aborts the earlier panic; the remaining defers of the frame still
// run, and recover returns the newest value.
package main

import "fmt"

func f() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		fmt.Println("again:", recover())
	}()
	defer fmt.Println("remaining defer 2")
	defer fmt.Println("remaining defer 1")
	defer func() {
		panic("second")
	}()
	defer fmt.Println("runs first")
	panic("first")
}

func main() {
	f()
	fmt.Println("main continues")
}
