// a is recovered and b is panicked in the same deferred function, then c in an earlier deferred
// function: the crash report lists a [recovered], then b, then c.
package main

import "fmt"

func main() {
	defer func() {
		panic("c")
	}()
	defer func() {
		fmt.Println("recovered", recover())
		panic("b")
	}()
	panic("a")
}
