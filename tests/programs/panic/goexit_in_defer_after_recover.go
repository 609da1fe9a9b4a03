// A panic is recovered, then a later deferred function calls runtime.Goexit: the remaining
// defers run and the program ends with the Goexit fatal error.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer fmt.Println("main defer 1")
	defer runtime.Goexit()
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	panic("p")
}
