// The cost of landing pads when nothing panics, a valid Go program. In a function with defers
// every call is a try_call whose handler runs the deferred calls if a panic passes; this
// measures such a function against the same code compiled without handlers:
//
//	deferc run benches/defers_no_panic.go
//	deferc run --no-landing-pads benches/defers_no_panic.go   (measurement only)
package main

import (
	"fmt"
	"time"
)

var sink int

const minNs = 200 * 1000 * 1000

//go:noinline
func work(x int) int {
	return x + 1
}

// Four calls in a frame with one open-coded defer.
//
//go:noinline
func withDefersNoPanic(x int) (r int) {
	defer func() { r++ }()
	r = work(x)
	r = work(r)
	r = work(r)
	r = work(r)
	return r
}

// Ten calls in a frame with a runtime defer (in a loop).
//
//go:noinline
func withLoopDeferNoPanic(x int) (r int) {
	for i := 0; i < 1; i++ {
		defer func() { r++ }()
	}
	for i := 0; i < 10; i++ {
		r = work(r + x)
	}
	return r
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
	run("BenchmarkDefersNoPanic", func(n int) {
		for i := 0; i < n; i++ {
			sink += withDefersNoPanic(i)
		}
	})
	run("BenchmarkLoopDeferNoPanic", func(n int) {
		for i := 0; i < n; i++ {
			sink += withLoopDeferNoPanic(i)
		}
	})
}
