// Defers inside generic functions and methods: top-level (open-coded style) defers, defers in loops, defer modifying named T results, deferred generic calls and closures.
package main

import (
	"fmt"
	"strings"
	"sync"
)

var log []string

func record[T any](tag string, v T) {
	log = append(log, fmt.Sprintf("%s:%v", tag, v))
}

func flush() {
	fmt.Println(strings.Join(log, " "))
	log = log[:0]
}

func WithTrace[T any](name string, v T) T {
	defer record("exit", name) // want-defer: open-coded
	defer record("value", v) // want-defer: open-coded
	record("enter", name)
	return v
}

func LoopDefers[T any](xs []T) {
	for i, x := range xs {
		defer record(fmt.Sprint("loop", i), x) // want-defer: runtime
	}
	record("body", len(xs))
}

func Double[T ~int | ~float64](x T) (result T) {
	defer func() { // want-defer: open-coded
		result *= 2
	}()
	return x + 1
}

func ArgsEvaluated[T ~int](x T) {
	defer record("deferred-x", x) // want-defer: open-coded
	x += 100
	record("now-x", x)
}

type SafeList[T any] struct {
	mu    sync.Mutex
	items []T
}

func (l *SafeList[T]) Add(v T) int {
	l.mu.Lock()
	defer l.mu.Unlock() // want-defer: open-coded
	l.items = append(l.items, v)
	return len(l.items)
}

func (l *SafeList[T]) Snapshot() (out []T) {
	l.mu.Lock()
	defer func() { // want-defer: open-coded
		l.mu.Unlock()
		record("snap", len(out))
	}()
	out = append(out, l.items...)
	return
}

func Conditional[T comparable](a, b T) (msg string) {
	if a == b {
		defer func() { msg += " (equal)" }() // want-defer: open-coded
	}
	defer func() { msg = "[" + msg + "]" }() // want-defer: open-coded
	return fmt.Sprint(a, b)
}

func Nested[T any](v T, depth int) {
	defer record("nested", depth) // want-defer: open-coded
	if depth > 0 {
		Nested(v, depth-1)
	}
}

func DeferMethodValue[T any](v T) {
	var l SafeList[T]
	defer func() { record("len", len(l.items)) }() // want-defer: runtime
	add := l.Add
	for i := 0; i < 3; i++ {
		defer add(v) // want-defer: runtime
	}
}

func main() {
	fmt.Println(WithTrace("f", 42))
	flush()
	fmt.Println(WithTrace("g", []string{"a"}))
	flush()

	LoopDefers([]string{"x", "y", "z"})
	flush()
	LoopDefers([]int(nil))
	flush()

	fmt.Println(Double(4), Double(0.5))

	ArgsEvaluated(1)
	flush()

	var sl SafeList[float64]
	sl.Add(1.5)
	sl.Add(2.5)
	fmt.Println(sl.Snapshot())
	flush()

	fmt.Println(Conditional(1, 1), Conditional("a", "b"))

	Nested('x', 3)
	flush()

	DeferMethodValue("v")
	flush()
}
