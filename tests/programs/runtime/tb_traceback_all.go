// GOTRACEBACK=all: after the panicking goroutine, every other goroutine.
// env: GOTRACEBACK=all
// traceback
package main

import "time"

var ready = make(chan bool, 2)

//go:noinline
func wait(ch chan int) {
	ready <- true
	<-ch
}

//go:noinline
func crash() {
	var p *int
	*p = 1
}

func main() {
	go wait(make(chan int))
	go wait(nil)
	<-ready
	<-ready
	time.Sleep(50 * time.Millisecond)
	crash()
}
