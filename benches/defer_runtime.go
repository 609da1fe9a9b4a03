// Runtime-path defers, a valid Go program: `go run benches/defer_runtime.go` and
// `deferc run benches/defer_runtime.go` print lines
//
//	BenchmarkName <iterations> <ns/op> ns/op
//
// Both benchmarks are reported per defer: their iterations are defers, not calls. Nine defers
// in one frame exceed Go's open-coding limit of 8 (no loop involved); a defer in a loop can
// never be open-coded. Each benchmark doubles its iteration count until one timed run takes
// at least 200 ms.
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

// Nine defers: one more than Go 1.14+ open-codes, so in Go every one goes through the runtime.
//
//go:noinline
func nineDefers(i int) {
	defer work(i)
	defer work(i + 1)
	defer work(i + 2)
	defer work(i + 3)
	defer work(i + 4)
	defer work(i + 5)
	defer work(i + 6)
	defer work(i + 7)
	defer work(i + 8)
}

//go:noinline
func deferInLoop(i int) {
	for j := 0; j < 10; j++ {
		defer work(j)
	}
}

func benchNineDefers(n int) {
	for i := 0; i < n; i++ {
		nineDefers(i)
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
	run("BenchmarkNineDefers", 9, benchNineDefers)
	run("BenchmarkDeferInLoop", 10, benchDeferInLoop)
	if sink == 42 {
		fmt.Println("unlikely")
	}
}
