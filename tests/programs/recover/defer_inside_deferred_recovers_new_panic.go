// A deferred function that panics itself: the functions IT deferred run during that new panic
// and recover it (they are called directly by the new panic). The new panic was recovered before
// it unwound past f's defer record, so the first panic was not aborted: the deferred function
// returns normally to the first panic, which goes on unwinding to main ("f returned" never prints).
package main

import "fmt"

func f() (result string) {
	defer func() {
		defer func() {
			fmt.Println("outer deferred function: p2 recovered, returning")
		}()
		defer func() {
			r := recover()
			fmt.Println("inner deferred recover:", r)
			result = fmt.Sprint("inner got ", r)
		}()
		panic("p2")
	}()
	panic("p1")
}

func main() {
	defer func() {
		fmt.Println("main recover:", recover())
	}()
	fmt.Println("f returned:", f())
	fmt.Println("main continues")
}
