// Constraint type inference through core types: named slice/map types keep their type, element types inferred from constraints.
package main

import (
	"fmt"
	"sort"
)

func Scale[S ~[]E, E ~int](s S, c E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * c
	}
	return out
}

func ScaleBad[E ~int](s []E, c E) []E {
	out := make([]E, len(s))
	for i, v := range s {
		out[i] = v * c
	}
	return out
}

type Point []int

func (p Point) String() string { return fmt.Sprintf("Point%v", []int(p)) }

type Meters int
type Distances []Meters

func (d Distances) Total() Meters {
	var t Meters
	for _, m := range d {
		t += m
	}
	return t
}

func Clone[M ~map[K]V, K comparable, V any](m M) M {
	out := make(M, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

type Inventory map[string]int

func (inv Inventory) Keys() []string {
	ks := make([]string, 0, len(inv))
	for k := range inv {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// Element type inferred from core type of pointer constraint.
func DoubleAll[P interface{ ~*E }, E ~int | ~float64](ps []P) {
	for _, p := range ps {
		*p *= 2
	}
}

// Core type of a channel constraint.
func Drain[C ~chan E, E any](c C) []E {
	var out []E
	for v := range c {
		out = append(out, v)
	}
	return out
}

type IntChan chan int

func main() {
	p := Point{1, 2, 3}
	sp := Scale(p, 2)
	fmt.Println(sp.String())
	fmt.Printf("%T\n", sp)
	bad := ScaleBad(p, 2)
	fmt.Printf("%T %v\n", bad, bad)

	d := Distances{10, 20}
	sd := Scale(d, 3)
	fmt.Println(sd.Total())
	fmt.Printf("%T %T\n", sd, sd[0])

	inv := Inventory{"b": 2, "a": 1}
	c := Clone(inv)
	c["c"] = 3
	fmt.Println(inv.Keys(), c.Keys())
	fmt.Printf("%T\n", c)

	x, y := 3, 4
	DoubleAll([]*int{&x, &y})
	fmt.Println(x, y)
	m := Meters(5)
	DoubleAll([]*Meters{&m})
	fmt.Println(m)

	ch := make(IntChan, 3)
	ch <- 1
	ch <- 2
	ch <- 3
	close(ch)
	fmt.Println(Drain(ch))
}
