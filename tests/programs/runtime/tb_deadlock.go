// All goroutines blocked: every one's frames, with why it waits.
// traceback
package main

import "fmt"

//go:noinline
func park(ch chan int) {
	ch <- 1
	select {}
}

func main() {
	ch := make(chan int)
	go park(ch)
	<-ch
	var nilch chan bool
	fmt.Println("waiting")
	<-nilch
}
