// Generic types inside other generic types: Stack[Pair[string,int]], map[K][]V fields, Box[Box[T]], slices of generic structs, Option[Pair].
package main

import (
	"fmt"
	"sort"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() T {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}
func (s *Stack[T]) Len() int { return len(s.items) }

type MultiMap[K comparable, V any] struct {
	m map[K][]V
}

func NewMultiMap[K comparable, V any]() *MultiMap[K, V] {
	return &MultiMap[K, V]{m: make(map[K][]V)}
}

func (mm *MultiMap[K, V]) Add(k K, v V) { mm.m[k] = append(mm.m[k], v) }

func (mm *MultiMap[K, V]) Entries(less func(a, b K) bool) []Pair[K, []V] {
	var out []Pair[K, []V]
	for k, vs := range mm.m {
		out = append(out, Pair[K, []V]{k, vs})
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i].Key, out[j].Key) })
	return out
}

type Option[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Option[T] { return Option[T]{v, true} }
func None[T any]() Option[T]    { return Option[T]{} }

func (o Option[T]) OrElse(d T) T {
	if o.ok {
		return o.val
	}
	return d
}

type Box[T any] struct{ V T }

func Wrap[T any](v T) Box[T] { return Box[T]{v} }

type Grid[T any] struct {
	cells [][]Option[T]
}

func NewGrid[T any](r, c int) Grid[T] {
	g := Grid[T]{cells: make([][]Option[T], r)}
	for i := range g.cells {
		g.cells[i] = make([]Option[T], c)
	}
	return g
}

func main() {
	var st Stack[Pair[string, int]]
	st.Push(Pair[string, int]{"a", 1})
	st.Push(Pair[string, int]{Key: "b", Val: 2})
	top := st.Pop()
	fmt.Println(top.Key, top.Val, st.Len())
	fmt.Printf("%v %+v\n", top, st.items)

	mm := NewMultiMap[string, Pair[int, bool]]()
	mm.Add("x", Pair[int, bool]{1, true})
	mm.Add("y", Pair[int, bool]{2, false})
	mm.Add("x", Pair[int, bool]{3, false})
	for _, e := range mm.Entries(func(a, b string) bool { return a < b }) {
		fmt.Println(e.Key, e.Val, len(e.Val))
	}

	counts := NewMultiMap[int, string]()
	for _, w := range []string{"go", "c", "rust", "zig", "d", "java"} {
		counts.Add(len(w), w)
	}
	for _, e := range counts.Entries(func(a, b int) bool { return a > b }) {
		fmt.Println(e.Key, e.Val)
	}

	bb := Wrap(Wrap(Wrap(42)))
	fmt.Println(bb.V.V.V, bb)
	fmt.Printf("%+v\n", bb)

	opts := []Option[Pair[string, float64]]{Some(Pair[string, float64]{"pi", 3.14}), None[Pair[string, float64]]()}
	for _, o := range opts {
		fmt.Println(o.OrElse(Pair[string, float64]{"default", 0}))
	}

	g := NewGrid[Stack[int]](2, 2)
	g.cells[1][0] = Some(Stack[int]{items: []int{9, 8}})
	fmt.Println(g.cells[1][0].OrElse(Stack[int]{}).items, len(g.cells[0][1].OrElse(Stack[int]{}).items))

	var stacks Stack[*Stack[Option[int]]]
	inner := &Stack[Option[int]]{}
	inner.Push(Some(5))
	inner.Push(None[int]())
	stacks.Push(inner)
	x := stacks.Pop()
	fmt.Println(x.Pop().OrElse(-1), x.Pop().OrElse(-1))
}
