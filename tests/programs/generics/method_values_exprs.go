// Method values (s.Push) and method expressions ((*Stack[int]).Push, Box[string].Get) of instantiated generic types, stored and passed around.
package main

import (
	"fmt"
	"strings"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() T {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func (s Stack[T]) Len() int { return len(s.items) }

type Box[T any] struct{ v T }

func (b Box[T]) Get() T               { return b.v }
func (b Box[T]) With(v T) Box[T]      { b.v = v; return b }
func (b *Box[T]) Replace(v T) (old T) { old, b.v = b.v, v; return }

func Each[T any](xs []T, f func(T)) {
	for _, x := range xs {
		f(x)
	}
}

func main() {
	var s Stack[int]
	push := s.Push // method value binds &s
	for i := 1; i <= 4; i++ {
		push(i * i)
	}
	fmt.Println(s.items, s.Len())
	pop := s.Pop
	fmt.Println(pop(), pop(), s.Len())

	Each([]int{7, 8}, s.Push)
	fmt.Println(s.items)

	// Method expressions.
	pushE := (*Stack[int]).Push
	pushE(&s, 100)
	lenE := Stack[int].Len
	lenP := (*Stack[int]).Len
	fmt.Println(lenE(s), lenP(&s), s.items)
	fmt.Printf("%T\n", pushE)
	fmt.Printf("%T\n", lenE)

	// Method value evaluated once: receiver copied for value methods.
	b := Box[string]{"first"}
	get := b.Get
	b.v = "second"
	fmt.Println(get(), b.Get())

	getE := Box[string].Get
	fmt.Println(getE(Box[string]{"expr"}))
	withE := Box[int].With
	fmt.Println(withE(Box[int]{1}, 2).Get())

	replace := (*Box[string]).Replace
	old := replace(&b, "third")
	fmt.Println(old, b.v)
	rv := b.Replace
	old = rv("fourth")
	fmt.Println(old, b.v)

	ss := &Stack[string]{}
	adders := []func(string){ss.Push, func(x string) { ss.Push(strings.ToUpper(x)) }}
	for i, w := range []string{"a", "b", "c", "d"} {
		adders[i%2](w)
	}
	fmt.Println(ss.items)

	getters := map[string]func() float64{}
	for _, x := range []float64{1.5, 2.5} {
		bx := Box[float64]{x}
		getters[fmt.Sprint(x)] = bx.Get
	}
	fmt.Println(getters["1.5"](), getters["2.5"]())

	pops := []func() string{ss.Pop, ss.Pop}
	for _, p := range pops {
		fmt.Print(p(), " ")
	}
	fmt.Println(ss.Len())
}
