// `defer recover()` in the panicking function: recover is then the deferred function itself,
// not a call made by a deferred function, so it does not stop the panic.
package main

import "fmt"

func f() {
	defer fmt.Println("f: earlier defer still runs")
	defer recover()
	panic("not stopped by defer recover()")
}

func main() {
	defer func() {
		fmt.Println("main recovered:", recover())
	}()
	f()
	fmt.Println("not reached")
}
