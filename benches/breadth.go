// The language beyond defer, a valid Go program: `go run benches/breadth.go` and
// `deferc run benches/breadth.go` print lines
//
//	BenchmarkName <iterations> <ns/op> ns/op
//
// One operation is: a method call through a pointer receiver, one through an interface, one
// append to a slice that is reset every 1,024 appends (amortized growth included), one
// lookup in a map[int]int of 1,000 keys, one in a map[string]int of 1,000 keys, and one
// sort.Ints of 1,000 ints. Each benchmark doubles its iteration count until one timed run
// takes at least 200 ms.
package main

import (
	"fmt"
	"sort"
	"time"
)

var sink int

const minNs = 200 * 1000 * 1000

type counter struct{ n int }

//go:noinline
func (c *counter) add(d int) { c.n += d }

type adder interface{ add(d int) }

type other struct{ n int }

func (o *other) add(d int) { o.n -= d }

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
	run("BenchmarkMethodCall", func(n int) {
		c := &counter{}
		for i := 0; i < n; i++ {
			c.add(i)
		}
		sink += c.n
	})
	run("BenchmarkInterfaceCall", func(n int) {
		// Two dynamic types so the call cannot be devirtualized.
		as := []adder{&counter{}, &other{}}
		for i := 0; i < n; i++ {
			as[i&1].add(i)
		}
		sink += as[0].(*counter).n
	})
	run("BenchmarkAppend", func(n int) {
		var s []int
		for i := 0; i < n; i++ {
			if i&1023 == 0 {
				s = nil
			}
			s = append(s, i)
		}
		sink += len(s)
	})
	mi := make(map[int]int)
	ms := make(map[string]int)
	keys := make([]string, 1000)
	for i := 0; i < 1000; i++ {
		mi[i*7] = i
		keys[i] = fmt.Sprintf("key-%d", i)
		ms[keys[i]] = i
	}
	run("BenchmarkMapLookupInt", func(n int) {
		t := 0
		for i := 0; i < n; i++ {
			t += mi[(i%1000)*7]
		}
		sink += t
	})
	run("BenchmarkMapLookupString", func(n int) {
		t := 0
		for i := 0; i < n; i++ {
			t += ms[keys[i%1000]]
		}
		sink += t
	})
	data := make([]int, 1000)
	run("BenchmarkSortInts1000", func(n int) {
		for i := 0; i < n; i++ {
			for j := range data {
				data[j] = (j * 7919) % 1000
			}
			sort.Ints(data)
		}
		sink += data[0]
	})
}
