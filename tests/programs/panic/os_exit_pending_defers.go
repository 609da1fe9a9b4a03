// os.Exit deep in nested calls with pending defers in every frame: no deferred call runs, stdout
// written so far is kept, the status is os.Exit's.
package main

import (
	"fmt"
	"os"
)

func inner() {
	defer fmt.Println("inner defer (never)")
	fmt.Println("inner: exiting with 3")
	os.Exit(3)
}

func outer() {
	defer func() {
		fmt.Println("outer defer (never)", recover())
	}()
	inner()
}

func main() {
	defer fmt.Println("main defer (never)")
	outer()
}
