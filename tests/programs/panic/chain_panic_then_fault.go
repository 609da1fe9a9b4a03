// A string panic, then a nil func value deferred earlier faults while it unwinds: the chain ends
// with the runtime error and the [signal SIGSEGV ...] line.
package main

import "fmt"

func main() {
	var cleanup func()
	defer cleanup()
	defer fmt.Println("runs first")
	panic("first")
}
