// Embedding generic types in structs (generic and non-generic outer types): promoted fields and methods, shadowing, embedded pointer to generic type, embedded generic interface.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() T {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}
func (s Stack[T]) Len() int { return len(s.items) }

// Non-generic type embedding an instantiated generic type.
type IntStack struct {
	Stack[int]
	pushes int
}

// Shadows the promoted Push but calls it explicitly.
func (s *IntStack) Push(v int) {
	s.pushes++
	s.Stack.Push(v)
}

// Generic type embedding another generic type.
type NamedStack[T any] struct {
	*Stack[T]
	Name string
}

func (n NamedStack[T]) String() string {
	return fmt.Sprintf("%s%v", n.Name, n.items)
}

type Set[T comparable] struct {
	m map[T]bool
}

func (s *Set[T]) Add(v T) {
	if s.m == nil {
		s.m = map[T]bool{}
	}
	s.m[v] = true
}
func (s *Set[T]) Has(v T) bool { return s.m[v] }

type Keyed[K comparable, V any] struct {
	Set[K]
	vals map[K]V
}

func (k *Keyed[K, V]) Put(key K, v V) {
	k.Add(key)
	if k.vals == nil {
		k.vals = map[K]V{}
	}
	k.vals[key] = v
}

type Getter[T any] interface{ Get() T }

type constGetter[T any] struct{ v T }

func (c constGetter[T]) Get() T { return c.v }

// Struct embedding a generic interface.
type Logged[T any] struct {
	Getter[T]
	log []string
}

func (l *Logged[T]) Get() T {
	v := l.Getter.Get()
	l.log = append(l.log, fmt.Sprint("get ", v))
	return v
}

type Lenner interface{ Len() int }

func main() {
	var s IntStack
	s.Push(1)
	s.Push(2)
	s.Stack.Push(3)
	fmt.Println(s.Len(), s.pushes, s.items)
	fmt.Println(s.Pop())
	var l Lenner = s
	fmt.Println(l.Len())

	ns := NamedStack[string]{Stack: &Stack[string]{}, Name: "words"}
	for _, w := range strings.Fields("x y z") {
		ns.Push(w)
	}
	ns.Pop()
	fmt.Println(ns, ns.Len())
	fmt.Println(ns.String())

	var kv Keyed[string, float64]
	kv.Put("pi", 3.14)
	kv.Put("e", 2.72)
	fmt.Println(kv.Has("pi"), kv.Has("tau"), kv.Set.Has("e"), kv.vals["e"])
	keys := make([]string, 0)
	for k := range kv.m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)

	lg := &Logged[int]{Getter: constGetter[int]{7}}
	var g Getter[int] = lg
	sum := g.Get() + g.Get()
	fmt.Println(sum, lg.log)
	fmt.Println(lg.Getter.Get(), len(lg.log))
}
