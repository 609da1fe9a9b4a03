// debug.SetTraceback("all") shows the other goroutines too (the main one, blocked).
// traceback
package main

import "runtime/debug"

//go:noinline
func divide(a, b int) int {
	return a / b
}

func main() {
	debug.SetTraceback("all")
	ch := make(chan int)
	go func() {
		println(divide(1, 0))
		ch <- 1
	}()
	<-ch
}
