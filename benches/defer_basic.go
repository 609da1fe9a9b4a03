// Defer-overhead benchmarks, a valid Go program: `go run benches/defer_basic.go` and
// `deferc run benches/defer_basic.go` print the same kind of lines:
//
//	BenchmarkName <iterations> <ns/op> ns/op
//
// Each benchmark doubles its iteration count until one timed run takes at least 200 ms.
// BenchmarkDeferInLoop is reported per defer: its iterations are defers (10 per call).
package main

import (
	"fmt"
	"time"
)

// sink keeps the work observable so it cannot be optimized away.
var sink int

const minNs = 200 * 1000 * 1000

//go:noinline
func work(x int) {
	sink += x
}

//go:noinline
func directCall(i int) {
	work(i)
}

//go:noinline
func openCodedDefer(i int) {
	defer work(i)
}

//go:noinline
func deferInLoop(i int) {
	for j := 0; j < 10; j++ {
		defer work(j)
	}
}

func benchDirectCall(n int) {
	for i := 0; i < n; i++ {
		directCall(i)
	}
}

func benchOpenCodedDefer(n int) {
	for i := 0; i < n; i++ {
		openCodedDefer(i)
	}
}

func benchDeferInLoop(n int) {
	for i := 0; i < n; i++ {
		deferInLoop(i)
	}
}

// run times body(n) for n = 1, 2, 4, ... until a run takes >= 200 ms, then prints the result;
// opsPerIter is how many reported operations one iteration of body performs.
func run(name string, opsPerIter int, body func(n int)) {
	n := 1
	for {
		start := time.Now()
		body(n)
		ns := time.Since(start).Nanoseconds()
		if ns >= minNs {
			ops := n * opsPerIter
			fmt.Printf("%s %d %.2f ns/op\n", name, ops, float64(ns)/float64(ops))
			return
		}
		n *= 2
	}
}

func main() {
	run("BenchmarkDirectCall", 1, benchDirectCall)
	run("BenchmarkOpenCodedDefer", 1, benchOpenCodedDefer)
	run("BenchmarkDeferInLoop", 10, benchDeferInLoop)
	if sink == 42 {
		fmt.Println("unlikely")
	}
}
