// fmt printing of generic types: %T of Stack[int], Pair[string,int], List[float64], instantiations with main types and time.Duration, nested; %v and %+v of generic structs.
package main

import (
	"fmt"
	"time"
)

type Stack[T any] struct {
	items []T
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type List[T any] struct {
	next *List[T]
	v    T
}

type MyInt int

type Point struct{ X, Y int }

type Vec[T any] []T

type Dict[K comparable, V any] map[K]V

type Fn[T any] func(T) T

type Num[T ~int | ~float64] struct{ N T }

type Empty[T any] struct{}

func TypeName[T any](x T) string { return fmt.Sprintf("%T", x) }

func ZeroName[T any]() string {
	var z T
	return fmt.Sprintf("%T", z)
}

func main() {
	fmt.Printf("%T\n", Stack[int]{})
	fmt.Printf("%T\n", &Stack[string]{})
	fmt.Printf("%T\n", Pair[string, int]{})
	fmt.Printf("%T\n", List[float64]{})
	fmt.Printf("%T\n", Stack[MyInt]{})
	fmt.Printf("%T\n", Stack[time.Duration]{})
	fmt.Printf("%T\n", Pair[Point, []time.Duration]{})
	fmt.Printf("%T\n", Stack[Pair[string, int]]{})
	fmt.Printf("%T\n", Pair[int, Stack[*Point]]{})
	fmt.Printf("%T\n", []Stack[int]{})
	fmt.Printf("%T\n", map[string]Pair[int, bool]{})
	fmt.Printf("%T\n", Vec[int]{})
	fmt.Printf("%T\n", Dict[string, Vec[byte]]{})
	fmt.Printf("%T\n", Fn[string](nil))
	fmt.Printf("%T\n", Num[MyInt]{3})
	fmt.Printf("%T\n", Empty[struct{}]{})
	fmt.Printf("%T\n", Stack[interface{}]{})
	fmt.Printf("%T\n", Stack[error]{})
	fmt.Printf("%T\n", Stack[map[string][]int]{})
	fmt.Printf("%T\n", Stack[func(int) string]{})
	fmt.Printf("%T\n", Stack[[3]uint8]{})
	fmt.Printf("%T\n", Stack[chan<- int]{})
	fmt.Printf("%T\n", Stack[struct{ A int }]{})
	fmt.Println(TypeName(Pair[MyInt, string]{}), ZeroName[*List[Point]](), ZeroName[Stack[rune]]())

	s := Stack[int]{items: []int{1, 2, 3}}
	fmt.Printf("%v|%+v\n", s, s)
	p := Pair[string, int]{"k", 7}
	fmt.Printf("%v|%+v\n", p, p)
	pd := Pair[string, time.Duration]{"timeout", 1500 * time.Millisecond}
	fmt.Printf("%v|%+v\n", pd, pd)
	np := Pair[Point, MyInt]{Point{1, 2}, 3}
	fmt.Printf("%v|%+v\n", np, np)
	l := List[float64]{v: 2.5}
	fmt.Printf("%v|%+v\n", l, l)
	nested := Stack[Pair[string, []int]]{items: []Pair[string, []int]{{"a", []int{1}}, {"b", nil}}}
	fmt.Printf("%v|%+v\n", nested, nested)
	fmt.Println(Vec[string]{"x", "y"}, Dict[string, int]{"b": 2, "a": 1}, Num[float64]{1.5}, Empty[int]{})
	fmt.Printf("%v %d %s %q\n", Vec[int]{1, 2}, Vec[int]{3, 4}, Vec[string]{"s"}, Vec[string]{"q"})
	fmt.Printf("%5v|%-6v|\n", Num[int]{42}, Vec[int]{1})
	fmt.Println(fmt.Sprint(Pair[bool, *int]{true, nil}))
}
