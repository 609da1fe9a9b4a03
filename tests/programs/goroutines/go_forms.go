package main

// The forms of the go statement: function value and arguments are evaluated at the statement
// (later changes are not seen), method values bind their receiver then; output is
// synchronized by channels; main returning ends the program without waiting for the others.

import (
	"fmt"
	"runtime"
	"sync"
)

type acc struct {
	name string
	out  chan string
}

func (a acc) report(v int)   { a.out <- fmt.Sprint(a.name, " got ", v) }
func (a *acc) preport(v int) { a.out <- fmt.Sprint(a.name, " (ptr) got ", v) }

func main() {
	out := make(chan string)
	a := acc{"first", out}
	x := 1
	go a.report(x) // receiver copy and x evaluated now
	a.name = "second"
	x = 2
	fmt.Println(<-out)
	a.name = "third"
	go a.preport(x)
	fmt.Println(<-out)

	f := func(s string) { out <- "f: " + s }
	go f("one")
	f = func(s string) { out <- "g: " + s }
	fmt.Println(<-out)

	var wg sync.WaitGroup
	results := make([]int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = i * i
		}(i)
	}
	wg.Wait()
	fmt.Println(results, runtime.NumGoroutine() >= 1)

	// Directional channels and a nil channel that never becomes ready in a select.
	var send chan<- int
	var recv <-chan int
	c := make(chan int, 1)
	send, recv = c, c
	send <- 7
	var never chan int
	select {
	case v := <-recv:
		fmt.Println("received", v)
	case <-never:
		fmt.Println("impossible")
	}
	go func() {
		for {
			runtime.Gosched()
		}
	}()
	fmt.Println("main returns while a goroutine still runs")
}
