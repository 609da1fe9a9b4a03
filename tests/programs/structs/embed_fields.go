package main

import "fmt"

// Embedded fields: the field name is the type name; promoted fields are selected through any
// depth of embedding (through pointers too), the shallowest one wins, and promoted fields are
// addressable and assignable whenever the embedded field is.

type Point struct{ X, Y int }

type Circle struct {
	Point
	Radius int
}

type Wheel struct {
	Circle
	Spokes int
}

type Label struct {
	*Point
	Text string
}

// The outer X shadows the X promoted from Point.
type Shadow struct {
	Point
	X string
}

type inner struct{ v int }

type Outer struct {
	inner
	Name string
}

// Embedded non-struct named types.
type Count int
type Tags []string

type Stats struct {
	Count
	Tags
}

// Recursive through a pointer.
type List struct {
	*List
	Val int
}

type Alias = Point

type WithAlias struct {
	Alias
	Z int
}

func moveRight(p *Point) { p.X++ }

func newWheel() Wheel { return Wheel{Circle{Point{1, 2}, 3}, 4} }

func main() {
	var w Wheel
	w.X = 8
	w.Circle.Point.Y = 9
	w.Radius = 5
	w.Spokes = 20
	fmt.Println(w.X, w.Y, w.Point.X, w.Circle.X, w.Radius)
	fmt.Printf("%v\n%+v\n", w, w)

	// Literals use the embedded field's name, never a promoted one.
	w2 := Wheel{Circle: Circle{Point: Point{X: 1, Y: 2}, Radius: 3}, Spokes: 4}
	w3 := Wheel{Circle{Point{1, 2}, 3}, 4}
	fmt.Println(w2 == w3, w2 == w, newWheel() == w2)

	// Promoted fields are addressable and assignable.
	p := &w.X
	*p = 100
	w.Y += 5
	w.X++
	moveRight(&w.Point)
	moveRight(&w.Circle.Point)
	fmt.Println(w.X, w.Y)
	pw := &w
	pw.Radius *= 2
	pw.X = -1
	fmt.Println(w.Radius, w.X, pw.Y, pw.Circle.Point)

	// Not addressable operand: the promoted field of a call result is still readable.
	fmt.Println(newWheel().X, newWheel().Radius, newWheel().Point)

	// Through an embedded pointer: selections share the pointee.
	pt := &Point{3, 4}
	l1 := Label{pt, "a"}
	l2 := Label{Point: pt, Text: "b"}
	l1.X = 30
	fmt.Println(l2.X, pt.X, l1.Point == l2.Point)
	q := &l2.Y
	*q = 40
	fmt.Println(pt.Y, l1.Y)
	// A non-addressable Label still reaches an addressable field through the pointer.
	func() Label { return l1 }().X = 7
	fmt.Println(pt.X)

	// Shadowing by depth.
	s := Shadow{Point{1, 2}, "outer"}
	fmt.Println(s.X, s.Point.X, s.Y)
	fmt.Printf("%+v\n", s)

	// Unexported embedded type.
	o := Outer{inner{5}, "n"}
	o.v++
	fmt.Printf("%v %+v %d\n", o, o, o.inner.v)

	// Embedded non-struct types.
	st := Stats{3, Tags{"x", "y"}}
	st.Count += 2
	st.Tags = append(st.Tags, "z")
	fmt.Println(st.Count, len(st.Tags), st.Tags[2])
	fmt.Printf("%v %+v\n", st, st)

	// A list made of itself.
	l := &List{&List{&List{nil, 1}, 2}, 3}
	sum := 0
	for x := l; x != nil; x = x.List {
		sum += x.Val
	}
	fmt.Println(sum, l.List.Val, l.List.List.Val)

	// An alias embedded: the field is named by the alias.
	wa := WithAlias{Alias{1, 2}, 3}
	wa.X = 10
	fmt.Printf("%+v %d\n", wa, wa.Alias.X)

	// Unnamed struct types with embedded fields.
	anon := struct {
		Point
		Name string
	}{Point{5, 6}, "anon"}
	anon.Y = 60
	fmt.Printf("%v %+v %T\n", anon, anon, anon)

	// Arrays and slices of structs with embedded fields.
	ws := []Wheel{newWheel(), w2}
	ws[1].X = 77
	arr := [2]Circle{}
	arr[0].Radius = 1
	arr[1].Y = 2
	fmt.Println(ws[1].X, ws[0].X, arr)
	m := map[string]Circle{"c": {Point{1, 1}, 1}}
	fmt.Println(m["c"].X, m["c"].Radius)
}
