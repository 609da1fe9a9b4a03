// Generic Set[T comparable] backed by map[T]struct{}: add/remove/has, union/intersection/difference, sorted printing via a less func.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Set[T comparable] struct {
	m map[T]struct{}
}

func NewSet[T comparable](xs ...T) Set[T] {
	s := Set[T]{m: make(map[T]struct{})}
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s Set[T]) Add(v T)      { s.m[v] = struct{}{} }
func (s Set[T]) Remove(v T)   { delete(s.m, v) }
func (s Set[T]) Has(v T) bool { _, ok := s.m[v]; return ok }
func (s Set[T]) Len() int     { return len(s.m) }

func (s Set[T]) Union(o Set[T]) Set[T] {
	out := NewSet[T]()
	for k := range s.m {
		out.Add(k)
	}
	for k := range o.m {
		out.Add(k)
	}
	return out
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	out := NewSet[T]()
	for k := range s.m {
		if o.Has(k) {
			out.Add(k)
		}
	}
	return out
}

func (s Set[T]) Diff(o Set[T]) Set[T] {
	out := NewSet[T]()
	for k := range s.m {
		if !o.Has(k) {
			out.Add(k)
		}
	}
	return out
}

func (s Set[T]) Sorted(less func(a, b T) bool) []T {
	out := make([]T, 0, len(s.m))
	for k := range s.m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i], out[j]) })
	return out
}

type Ordered interface {
	~int | ~string | ~float64
}

func Less[T Ordered](a, b T) bool { return a < b }

func Format[T Ordered](s Set[T]) string {
	parts := []string{}
	for _, v := range s.Sorted(Less[T]) {
		parts = append(parts, fmt.Sprint(v))
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

type Coord struct{ X, Y int }

func main() {
	a := NewSet(1, 2, 3, 4)
	b := NewSet(3, 4, 5)
	fmt.Println(Format(a), Format(b))
	fmt.Println(Format(a.Union(b)), Format(a.Intersect(b)), Format(a.Diff(b)), Format(b.Diff(a)))
	a.Remove(1)
	a.Remove(100)
	fmt.Println(a.Has(1), a.Has(2), a.Len())

	words := NewSet(strings.Fields("to be or not to be")...)
	fmt.Println(words.Len(), Format(words))

	cs := NewSet(Coord{1, 2}, Coord{0, 0}, Coord{1, 2}, Coord{1, 0})
	sorted := cs.Sorted(func(p, q Coord) bool {
		if p.X != q.X {
			return p.X < q.X
		}
		return p.Y < q.Y
	})
	fmt.Println(cs.Len(), sorted)

	fs := NewSet(0.5, 0.25)
	fs.Add(0.5)
	fmt.Println(Format(fs))

	var empty = NewSet[string]()
	fmt.Println(Format(empty), empty.Has(""))

	type pair struct {
		a string
		b bool
	}
	ps := NewSet(pair{"x", true}, pair{"x", false}, pair{"x", true})
	fmt.Println(ps.Len(), ps.Has(pair{"x", false}))
}
