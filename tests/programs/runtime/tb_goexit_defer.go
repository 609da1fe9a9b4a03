// A deferred call run by runtime.Goexit panics: the traceback shows runtime.Goexit's frame.
// traceback
package main

import (
	"runtime"
	"time"
)

//go:noinline
func leave() {
	runtime.Goexit()
}

func main() {
	go func() {
		defer func() {
			panic("panic in deferred during Goexit")
		}()
		leave()
	}()
	time.Sleep(time.Second)
}
