// Type parameter lists on types: generic structs, slices, maps, funcs and arrays, with methods and explicit instantiation.
package main

import "fmt"

type Box[T any] struct {
	Value T
}

func (b Box[T]) Get() T { return b.Value }

type Vec[T any] []T

func (v Vec[T]) Len() int { return len(v) }

func (v Vec[T]) Last() T { return v[len(v)-1] }

type Dict[K comparable, V any] map[K]V

func (d Dict[K, V]) GetOr(k K, def V) V {
	if v, ok := d[k]; ok {
		return v
	}
	return def
}

type Pred[T any] func(T) bool

func (p Pred[T]) Not() Pred[T] {
	return func(x T) bool { return !p(x) }
}

type Triple[T any] [3]T

func (t Triple[T]) Rotate() Triple[T] {
	return Triple[T]{t[1], t[2], t[0]}
}

type Wrapper[T any, U any] struct {
	A T
	B U
	C []T
}

type Ptr[T any] *T

func main() {
	b := Box[int]{Value: 10}
	fmt.Println(b.Get(), b.Value)
	bs := Box[string]{"str"}
	fmt.Println(bs.Get())
	bb := Box[Box[int]]{Value: b}
	fmt.Println(bb.Get().Get())

	v := Vec[string]{"a", "b", "c"}
	fmt.Println(v.Len(), v.Last())
	v = append(v, "d")
	fmt.Println(v, v.Len())
	var ev Vec[float64]
	fmt.Println(ev.Len(), ev == nil)

	d := Dict[string, int]{"one": 1, "two": 2}
	fmt.Println(d.GetOr("one", -1), d.GetOr("three", -1))
	d["three"] = 3
	fmt.Println(len(d), d.GetOr("three", -1))

	even := Pred[int](func(x int) bool { return x%2 == 0 })
	odd := even.Not()
	for i := 0; i < 4; i++ {
		fmt.Println(i, even(i), odd(i))
	}

	t := Triple[rune]{'x', 'y', 'z'}
	r := t.Rotate()
	fmt.Println(string(r[:]), len(r))

	w := Wrapper[int, string]{A: 1, B: "b", C: []int{2, 3}}
	fmt.Println(w.A, w.B, w.C)
	fmt.Printf("%v %+v\n", w, w)

	x := 99
	var p Ptr[int] = &x
	*p = 100
	fmt.Println(x)

	var zero Box[[]int]
	fmt.Println(zero.Value == nil, len(zero.Get()))
}
