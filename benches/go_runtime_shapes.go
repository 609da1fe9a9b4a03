// The shapes of Go's own defer benchmarks (runtime/runtime_test.go: BenchmarkDefer,
// BenchmarkDefer10, BenchmarkDeferMany), a valid Go program: `go run` and `deferc run` print
//
//	BenchmarkName <iterations> <ns/op> ns/op
//
// BenchmarkDefer10 and BenchmarkDeferMany are per defer, as in Go. BenchmarkPanicRecover is in
// panic_recover.go. Each benchmark doubles its iteration count until one timed run takes at
// least 200 ms.
package main

import (
	"fmt"
	"time"
)

const minNs = 200 * 1000 * 1000

// One deferred closure with arguments that recovers nothing: open-coded since Go 1.14.
//
//go:noinline
func defer1() {
	defer func(x, y, z int) {
		if recover() != nil || x != 1 || y != 2 || z != 3 {
			panic("bad recover")
		}
	}(1, 2, 3)
}

// The same defer in a 10-iteration loop: the runtime path.
//
//go:noinline
func defer2() {
	for i := 0; i < 10; i++ {
		defer func(x, y, z int) {
			if recover() != nil || x != 1 || y != 2 || z != 3 {
				panic("bad recover")
			}
		}(1, 2, 3)
	}
}

func benchDefer(n int) {
	for i := 0; i < n; i++ {
		defer1()
	}
}

// n is in defers: n/10 calls of defer2, as Go's BenchmarkDefer10 does with b.N.
func benchDefer10(n int) {
	for i := 0; i < n/10; i++ {
		defer2()
	}
}

// n defers pile up in this one frame and all run when it returns (inside the timed call).
func benchDeferMany(n int) {
	for i := 0; i < n; i++ {
		defer func(a, b, c int) {
			if recover() != nil || a != b || b != c {
				panic("bad recover")
			}
		}(i, i, i)
	}
}

// run times body(n) for n = 1, 2, 4, ... until a run takes >= 200 ms, then prints the result.
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
	run("BenchmarkDefer", benchDefer)
	run("BenchmarkDefer10", benchDefer10)
	run("BenchmarkDeferMany", benchDeferMany)
}
