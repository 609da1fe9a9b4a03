package main

// Every goroutine blocked: Go's fatal error and exit status 2.

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		<-ch
	}()
	fmt.Println("about to block")
	ch2 := make(chan int)
	<-ch2
}
