// os.Exit(0) from a deferred function that recovered a panic: exit status 0, and the rest of
// main's defers never run.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("main defer (never)")
	defer func() {
		fmt.Println("recovered", recover(), "then exiting 0")
		os.Exit(0)
	}()
	panic("p")
}
