// A panic in a deferred call while panicking: both are printed, the first without [recovered].
package main

import "fmt"

func main() {
	defer func() {
		panic("second")
	}()
	defer fmt.Println("runs first")
	panic("first")
}
