// Goroutines, channels and sync, a valid Go program: `go run benches/goroutines.go` and
// `deferc run benches/goroutines.go` print lines
//
//	BenchmarkName <iterations> <ns/op> ns/op
//
// One operation is: creating a goroutine and waiting for it to finish (over an unbuffered
// channel); one round trip of an unbuffered channel ping-pong between two goroutines; one
// uncontended sync.Mutex Lock with `defer Unlock()` in a function; one buffered channel send
// and receive in the same goroutine. Each benchmark doubles its iteration count until one timed
// run takes at least 200 ms.
package main

import (
	"fmt"
	"sync"
	"time"
)

var sink int

const minNs = 200 * 1000 * 1000

func run(name string, body func(n int)) {
	n := 1
	for {
		start := time.Now()
		body(n)
		ns := time.Since(start).Nanoseconds()
		if ns >= minNs {
			fmt.Printf("%s %d %.2f ns/op\n", name, n, float64(ns)/float64(n))
			return
		}
		n *= 2
	}
}

type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) inc() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
}

func main() {
	run("BenchmarkGoroutineCreateJoin", func(n int) {
		done := make(chan bool)
		for i := 0; i < n; i++ {
			go func() { done <- true }()
			<-done
		}
	})
	run("BenchmarkPingPong", func(n int) {
		ping := make(chan int)
		pong := make(chan int)
		go func() {
			for v := range ping {
				pong <- v + 1
			}
			close(pong)
		}()
		for i := 0; i < n; i++ {
			ping <- i
			sink += <-pong
		}
		close(ping)
		<-pong
	})
	run("BenchmarkMutexDeferUnlock", func(n int) {
		var c counter
		for i := 0; i < n; i++ {
			c.inc()
		}
		sink += c.n
	})
	run("BenchmarkBufferedChan", func(n int) {
		c := make(chan int, 1)
		for i := 0; i < n; i++ {
			c <- i
			sink += <-c
		}
	})
}
