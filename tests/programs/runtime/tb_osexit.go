// os.Exit in a deferred call run by a panic: the program ends there with that status and
// no traceback.
// traceback
package main

import (
	"fmt"
	"os"
)

//go:noinline
func f() {
	defer func() {
		fmt.Println("exiting")
		os.Exit(3)
	}()
	panic("never printed")
}

func main() {
	defer fmt.Println("not run")
	f()
}
