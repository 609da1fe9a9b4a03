package main

import (
	"container/ring"
	"fmt"
)

func show(name string, r *ring.Ring) {
	fmt.Printf("%s len=%d:", name, r.Len())
	r.Do(func(v any) { fmt.Print(" ", v) })
	fmt.Println()
}

func main() {
	fmt.Println(ring.New(0) == nil, ring.New(-3) == nil)
	var nilr *ring.Ring
	fmt.Println(nilr.Len())
	nilr.Do(func(any) { panic("never") })

	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	show("r", r)
	show("move2", r.Move(2))
	show("move-2", r.Move(-2))
	show("move7", r.Move(7))
	show("move0", r.Move(0))
	show("prev", r.Prev())

	// The zero Ring is a one-element ring.
	var z ring.Ring
	fmt.Println(z.Len())
	fmt.Println(z.Next() == &z, z.Prev() == &z)
	var z2 ring.Ring
	fmt.Println(z2.Move(3) == &z2)
	var z3 ring.Ring
	z3.Value = "z3"
	show("z3", &z3)

	// Link two rings.
	s := ring.New(3)
	for i := 0; i < 3; i++ {
		s.Value = 10 + i
		s = s.Next()
	}
	n := r.Link(s)
	show("linked", r)
	show("n", n)

	// Unlink.
	u := r.Unlink(3)
	show("unlinked", u)
	show("rest", r)
	fmt.Println(r.Unlink(0) == nil, r.Unlink(-1) == nil)

	// Link with itself removes the elements between.
	t := ring.New(6)
	for i := 0; i < 6; i++ {
		t.Value = i
		t = t.Next()
	}
	cut := t.Link(t.Move(3))
	show("t", t)
	show("cut", cut)
	// Link with nil.
	fmt.Println(t.Link(nil).Value)
	show("t", t)

	// Sum with Do.
	sum := 0
	q := ring.New(4)
	for i := 1; i <= 4; i++ {
		q.Value = i
		q = q.Next()
	}
	q.Do(func(v any) { sum += v.(int) })
	fmt.Println(sum)
	// Unlink all but one.
	show("last", q.Unlink(3))
	show("q", q)
}
