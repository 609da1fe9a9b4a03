// A panic raised by a deferred call during Goexit and not recovered: it crashes the program with
// an ordinary panic report.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer fmt.Println("main defer 1")
	defer func() {
		panic("panic during Goexit")
	}()
	defer fmt.Println("main defer 2")
	runtime.Goexit()
}
