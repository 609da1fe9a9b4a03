// recover called by a helper of the deferred function (not by the deferred function itself)
// returns nil and does not stop the panic; the panic goes on to the caller, which recovers it.
package main

import "fmt"

func helper() interface{} {
	r := recover()
	fmt.Println("helper's recover:", r, r == nil)
	return r
}

func helper2() interface{} { return helper() }

func f() {
	defer func() {
		helper()
		helper2()
		fmt.Println("deferred function in f returns without recovering")
	}()
	panic("from f")
}

func main() {
	defer func() {
		r := recover()
		fmt.Println("main recovered:", r)
	}()
	f()
	fmt.Println("not reached")
}
