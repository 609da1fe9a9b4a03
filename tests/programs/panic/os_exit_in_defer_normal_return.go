// os.Exit in a deferred function during a normal return: the defers registered earlier never run,
// the ones registered later already ran.
package main

import (
	"fmt"
	"os"
)

func f() int {
	defer fmt.Println("f: earlier defer (never)")
	defer func() {
		fmt.Println("f: exiting from a deferred call")
		os.Exit(7)
	}()
	defer fmt.Println("f: later defer runs")
	return 1
}

func main() {
	defer fmt.Println("main defer (never)")
	fmt.Println(f())
}
