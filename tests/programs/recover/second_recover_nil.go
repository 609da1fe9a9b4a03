// The first recover returns the value and stops the panic; a second recover in the same deferred
// function, and any recover in a later deferred function, returns nil.
package main

import "fmt"

func f() {
	defer func() {
		fmt.Println("later defer:", recover())
	}()
	defer func() {
		r1 := recover()
		r2 := recover()
		fmt.Println("first:", r1, "second:", r2, r2 == nil)
	}()
	panic("value")
}

func main() {
	f()
	fmt.Println("main continues")
}
