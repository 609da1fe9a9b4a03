// Generics, not defer: generic code versus the same code written for int. A valid Go program:
// `go run benches/generics.go` and `deferc run benches/generics.go` print lines
//
//	BenchmarkName <iterations> <ns/op> ns/op
//
// Benchmarks come in pairs, XGeneric (type-parameterized code instantiated with int)
// and XInt (the same code written for int):
//   - Max:   one operation is a loop over 1,000 ints calling Max(a, b) per element.
//   - Sum:   one operation is Sum(xs) over 1,000 ints.
//   - Map:   one operation is Map(xs, f) over 1,000 ints with a doubling closure
//     (allocates the 1,000-element result).
//   - Stack: one operation pushes 1,000 ints onto an empty slice-backed stack
//     (pointer-receiver Push) then pops them all (pointer-receiver Pop).
//
// Each benchmark doubles its iteration count until one timed run takes at least 200 ms.
// Measured functions are marked //go:noinline so both versions are compiled the same way.
package main

import (
	"fmt"
	"time"
)

var sink int

const minNs = 200 * 1000 * 1000

const size = 1000

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 |
		~float32 | ~float64 | ~string
}

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 |
		~float32 | ~float64
}

var data = makeData()

func makeData() []int {
	xs := make([]int, size)
	x := 12345
	for i := range xs {
		x = (x*1103515245 + 12345) % 2147483648
		xs[i] = x%2001 - 1000
	}
	return xs
}

// ---- Max ----

//go:noinline
func MaxG[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

//go:noinline
func MaxI(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func benchMaxGeneric(n int) {
	for i := 0; i < n; i++ {
		m := data[0]
		for _, x := range data {
			m = MaxG(m, x)
		}
		sink += m
	}
}

func benchMaxInt(n int) {
	for i := 0; i < n; i++ {
		m := data[0]
		for _, x := range data {
			m = MaxI(m, x)
		}
		sink += m
	}
}

// ---- Sum ----

//go:noinline
func SumG[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

//go:noinline
func SumI(xs []int) int {
	var s int
	for _, x := range xs {
		s += x
	}
	return s
}

func benchSumGeneric(n int) {
	for i := 0; i < n; i++ {
		sink += SumG(data)
	}
}

func benchSumInt(n int) {
	for i := 0; i < n; i++ {
		sink += SumI(data)
	}
}

// ---- Map ----

//go:noinline
func MapG[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

//go:noinline
func MapI(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func benchMapGeneric(n int) {
	k := 2
	double := func(x int) int { return x * k }
	for i := 0; i < n; i++ {
		out := MapG(data, double)
		sink += out[len(out)-1]
	}
}

func benchMapInt(n int) {
	k := 2
	double := func(x int) int { return x * k }
	for i := 0; i < n; i++ {
		out := MapI(data, double)
		sink += out[len(out)-1]
	}
}

// ---- Stack ----

type Stack[T any] struct {
	items []T
}

//go:noinline
func (s *Stack[T]) Push(v T) {
	s.items = append(s.items, v)
}

//go:noinline
func (s *Stack[T]) Pop() T {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func (s *Stack[T]) Len() int { return len(s.items) }

type IntStack struct {
	items []int
}

//go:noinline
func (s *IntStack) Push(v int) {
	s.items = append(s.items, v)
}

//go:noinline
func (s *IntStack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func (s *IntStack) Len() int { return len(s.items) }

func benchStackGeneric(n int) {
	for i := 0; i < n; i++ {
		s := &Stack[int]{}
		for _, x := range data {
			s.Push(x)
		}
		t := 0
		for s.Len() > 0 {
			t += s.Pop()
		}
		sink += t
	}
}

func benchStackInt(n int) {
	for i := 0; i < n; i++ {
		s := &IntStack{}
		for _, x := range data {
			s.Push(x)
		}
		t := 0
		for s.Len() > 0 {
			t += s.Pop()
		}
		sink += t
	}
}

func bench(name string, f func(n int)) {
	for n := 1; ; n *= 2 {
		start := time.Now()
		f(n)
		el := time.Since(start).Nanoseconds()
		if el >= minNs {
			fmt.Printf("Benchmark%s %d %d ns/op\n", name, n, el/int64(n))
			return
		}
	}
}

func main() {
	bench("MaxGeneric", benchMaxGeneric)
	bench("MaxInt", benchMaxInt)
	bench("SumGeneric", benchSumGeneric)
	bench("SumInt", benchSumInt)
	bench("MapGeneric", benchMapGeneric)
	bench("MapInt", benchMapInt)
	bench("StackGeneric", benchStackGeneric)
	bench("StackInt", benchStackInt)
	if sink == 42 {
		fmt.Println("unlikely")
	}
}
