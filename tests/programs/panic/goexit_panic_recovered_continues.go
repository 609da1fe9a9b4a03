// A panic raised by a deferred call while Goexit unwinds, then recovered by an earlier deferred
// function: Goexit resumes (the remaining defers run, nothing returns normally) and ends in the
// fatal error.
package main

import (
	"fmt"
	"runtime"
)

func f() {
	defer fmt.Println("f: last defer")
	defer func() {
		fmt.Println("f: recovered", recover())
	}()
	defer func() {
		panic("panic during Goexit")
	}()
	runtime.Goexit()
}

func main() {
	defer fmt.Println("main defer")
	f()
	fmt.Println("main: f returned (not reached)")
}
