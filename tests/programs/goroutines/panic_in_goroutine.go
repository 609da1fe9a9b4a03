package main

// A panic nobody recovers in a non-main goroutine ends the whole program after that
// goroutine's deferred calls ran (main's do not run).

import (
	"fmt"
	"time"
)

func main() {
	defer fmt.Println("main's defer: never printed")
	done := make(chan bool)
	go func() {
		defer fmt.Println("goroutine's defer runs first")
		defer func() {
			fmt.Println("deferred in the goroutine, panicking:", true)
		}()
		var s []int
		_ = s[5]
		done <- true
	}()
	<-done
	time.Sleep(time.Second)
	fmt.Println("not reached")
}
