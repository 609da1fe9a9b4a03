// A deferred call panics during a normal return (no earlier panic); an earlier-registered deferred
// function recovers it and the function returns the named results as they were set.
package main

import "fmt"

func f() (n int, s string) {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r, "n =", n, "s =", s)
		s += "+recovered"
	}()
	defer func() {
		n++
		panic(fmt.Sprint("deferred panic with n=", n))
	}()
	return 10, "returned"
}

func main() {
	fmt.Println(f())
}
