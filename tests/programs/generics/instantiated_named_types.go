// Non-generic alias and defined types built from instantiations (type IntStack = Stack[int], type Names Vec[string]), and generic types whose fields use other instantiations.
package main

import (
	"fmt"
	"strings"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Len() int { return len(s.items) }

type Vec[T any] []T

func (v Vec[T]) Map(f func(T) T) Vec[T] {
	out := make(Vec[T], len(v))
	for i, x := range v {
		out[i] = f(x)
	}
	return out
}

type Pair[A, B any] struct {
	A A
	B B
}

// Alias of an instantiated type: identical type, methods available.
type IntStack = Stack[int]

// Defined type from an instantiation: new type, methods NOT inherited.
type Names Vec[string]

func (n Names) Join() string { return strings.Join(n, "+") }

// Defined struct type from an instantiated struct.
type Point Pair[int, int]

func (p Point) Sum() int { return p.A + p.B }

type StrIntPair = Pair[string, int]

type Registry struct {
	stacks map[string]*IntStack
	pairs  []StrIntPair
}

func PushAll[T any](s *Stack[T], xs ...T) {
	for _, x := range xs {
		s.Push(x)
	}
}

func main() {
	var s IntStack
	s.Push(1)
	PushAll(&s, 2, 3)
	fmt.Println(s.Len(), s.items)
	fmt.Printf("%T\n", s)
	var gs *Stack[int] = &s
	gs.Push(4)
	fmt.Println(s.Len())

	n := Names{"a", "b"}
	fmt.Println(n.Join())
	v := Vec[string](n).Map(strings.ToUpper)
	fmt.Println(Names(v).Join())
	fmt.Printf("%T %T\n", n, v)

	p := Point{A: 3, B: 4}
	fmt.Println(p.Sum(), Pair[int, int](p))
	fmt.Printf("%T %T %+v\n", p, Pair[int, int](p), p)

	r := Registry{stacks: map[string]*IntStack{}}
	r.stacks["x"] = &IntStack{}
	PushAll(r.stacks["x"], 10, 20)
	r.pairs = append(r.pairs, StrIntPair{"one", 1}, Pair[string, int]{"two", 2})
	fmt.Println(r.stacks["x"].items, r.pairs)
	fmt.Printf("%T\n", r.pairs[0])
}
