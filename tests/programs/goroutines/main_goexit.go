package main

// runtime.Goexit in main: main's deferred calls run, the other goroutines go on; when they
// have all finished, Go reports that no goroutines are left (exit status 2).

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	defer fmt.Println("main's defer")
	go func() {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("worker finishes after main's Goexit")
	}()
	runtime.Goexit()
	fmt.Println("not reached")
}
