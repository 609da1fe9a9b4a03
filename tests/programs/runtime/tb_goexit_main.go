// The main goroutine calls runtime.Goexit: the others run on, and when none is left Go ends
// with its "no goroutines" deadlock.
// traceback
package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		defer fmt.Println("goroutine deferred")
		<-done
		fmt.Println("goroutine done")
	}()
	defer func() {
		fmt.Println("main deferred")
		close(done)
	}()
	runtime.Goexit()
}
