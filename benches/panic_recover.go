// Panic and recover costs, a valid Go program: `go run benches/panic_recover.go` and
// `deferc run benches/panic_recover.go` print the same kind of lines:
//
//	BenchmarkName <iterations> <ns/op> ns/op
//
// Each benchmark doubles its iteration count until one timed run takes at least 200 ms.
package main

import (
	"fmt"
	"time"
)

var sink int

const minNs = 200 * 1000 * 1000

// Go's runtime_test.go BenchmarkPanicRecover shape: a deferred closure with arguments
// recovers the panic of its own frame.
//
//go:noinline
func defer3() {
	defer func(x, y, z int) {
		if recover() == nil {
			panic("failed recover")
		}
	}(1, 2, 3)
	panic("hi")
}

//go:noinline
func thrower(depth int) {
	if depth == 0 {
		panic(depth)
	}
	thrower(depth - 1)
	sink++
}

// recoverFrom panics depth frames below the frame that recovers.
//
//go:noinline
func recoverFrom(depth int) {
	defer func() {
		if recover() != nil {
			sink++
		}
	}()
	thrower(depth)
}

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

func main() {
	run("BenchmarkPanicRecover", func(n int) {
		for i := 0; i < n; i++ {
			defer3()
		}
	})
	run("BenchmarkPanicRecover1Frame", func(n int) {
		for i := 0; i < n; i++ {
			recoverFrom(1)
		}
	})
	run("BenchmarkPanicRecover10Frames", func(n int) {
		for i := 0; i < n; i++ {
			recoverFrom(10)
		}
	})
}
