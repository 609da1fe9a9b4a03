// Defer-overhead benchmarks, a valid Go program: `go run benches/defer_basic.go` and
// `deferc run benches/defer_basic.go` print the same kind of lines:
//
//	BenchmarkName <iterations> <ns/op> ns/op
//
// Each benchmark doubles its iteration count until one timed run takes at least 200 ms.
// The runtime-path defers (9 in a frame, defers in a loop) are in defer_runtime.go; Go's own
// runtime_test.go shapes in go_runtime_shapes.go. `deferc bench` runs them all.
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

// One open-coded closure defer that writes the named result after `return i`.
//
//go:noinline
func closureDeferNamedResult(i int) (r int) {
	defer func() { r += i }()
	return i
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

func benchClosureDeferNamedResult(n int) {
	for i := 0; i < n; i++ {
		sink += closureDeferNamedResult(i)
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
	run("BenchmarkClosureDeferNamedResult", 1, benchClosureDeferNamedResult)
	if sink == 42 {
		fmt.Println("unlikely")
	}
}
