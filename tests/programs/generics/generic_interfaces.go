// Interfaces with type parameters: Getter[T], Iterator[T], Comparer[T]; generic types implementing them; generic functions taking them.
package main

import (
	"fmt"
	"strings"
)

type Getter[T any] interface {
	Get() T
}

type Setter[T any] interface {
	Set(T)
}

type GetSetter[T any] interface {
	Getter[T]
	Setter[T]
}

type Iterator[T any] interface {
	Next() (T, bool)
}

type Comparer[T any] interface {
	Compare(other T) int
}

type Cell[T any] struct{ v T }

func (c *Cell[T]) Get() T  { return c.v }
func (c *Cell[T]) Set(v T) { c.v = v }

type Const int

func (c Const) Get() int { return int(c) }

type sliceIter[T any] struct {
	xs []T
	i  int
}

func (it *sliceIter[T]) Next() (T, bool) {
	if it.i >= len(it.xs) {
		var z T
		return z, false
	}
	it.i++
	return it.xs[it.i-1], true
}

func Iter[T any](xs ...T) Iterator[T] { return &sliceIter[T]{xs: xs} }

type countdown struct{ n int }

func (c *countdown) Next() (int, bool) {
	if c.n <= 0 {
		return 0, false
	}
	c.n--
	return c.n + 1, true
}

func Collect[T any](it Iterator[T]) []T {
	var out []T
	for v, ok := it.Next(); ok; v, ok = it.Next() {
		out = append(out, v)
	}
	return out
}

type mapIter[T, U any] struct {
	src Iterator[T]
	f   func(T) U
}

func (m mapIter[T, U]) Next() (U, bool) {
	v, ok := m.src.Next()
	if !ok {
		var z U
		return z, false
	}
	return m.f(v), true
}

func MapIter[T, U any](it Iterator[T], f func(T) U) Iterator[U] { return mapIter[T, U]{it, f} }

type Version struct{ Major, Minor int }

func (v Version) Compare(o Version) int {
	if v.Major != o.Major {
		return v.Major - o.Major
	}
	return v.Minor - o.Minor
}

func MaxOf[T Comparer[T]](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x.Compare(m) > 0 {
			m = x
		}
	}
	return m
}

func Swap[T any](a, b GetSetter[T]) {
	av, bv := a.Get(), b.Get()
	a.Set(bv)
	b.Set(av)
}

func SumGetters[T ~int | ~float64](gs ...Getter[T]) T {
	var s T
	for _, g := range gs {
		s += g.Get()
	}
	return s
}

func main() {
	a, b := &Cell[string]{"left"}, &Cell[string]{"right"}
	Swap[string](a, b)
	fmt.Println(a.Get(), b.Get())

	var g Getter[int] = Const(7)
	fmt.Println(g.Get(), SumGetters[int](Const(1), &Cell[int]{2}, g))
	var gs GetSetter[float64] = &Cell[float64]{}
	gs.Set(2.5)
	fmt.Println(gs.Get())
	if c, ok := gs.(*Cell[float64]); ok {
		fmt.Println("cell", c.v)
	}
	_, isGetterInt := interface{}(gs).(Getter[int])
	_, isGetterF := interface{}(gs).(Getter[float64])
	fmt.Println(isGetterInt, isGetterF)

	fmt.Println(Collect(Iter(1, 2, 3)))
	fmt.Println(Collect[int](&countdown{4}))
	up := MapIter(Iter("a", "bb", "ccc"), strings.ToUpper)
	fmt.Println(Collect(up))
	lens := MapIter(MapIter[string, string](Iter("x", "yy"), strings.ToUpper), func(s string) int { return len(s) })
	fmt.Println(Collect(lens))
	fmt.Println(len(Collect(Iter[bool]())))

	fmt.Println(MaxOf(Version{1, 2}, Version{1, 10}, Version{0, 99}))
}
