package main

// runtime.Goexit from a nested call ends only its goroutine, after running that goroutine's
// deferred calls (a recover there returns nil); code after the call never runs.

import (
	"fmt"
	"runtime"
)

func inner(ch chan string) {
	defer func() { ch <- fmt.Sprint("inner defer, recover() = ", recover()) }()
	runtime.Goexit()
	ch <- "not reached"
}

func middle(ch chan string) {
	defer func() { ch <- "middle defer" }()
	inner(ch)
	ch <- "not reached either"
}

func main() {
	ch := make(chan string)
	go func() {
		defer close(ch)
		defer func() { ch <- "outer defer" }()
		middle(ch)
	}()
	for s := range ch {
		fmt.Println(s)
	}
	fmt.Println("main continues")
}
