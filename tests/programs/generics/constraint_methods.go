// Constraints that are interfaces with methods: calling constraint methods on T, pointer-method constraints, method plus type set.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Stringer interface {
	String() string
}

type Celsius float64

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "C" }

type Name string

func (n Name) String() string { return "<" + string(n) + ">" }

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("P(%d,%d)", p.X, p.Y) }

func Join[T Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

// A constraint combining a method and a type set.
type StringableInt interface {
	~int | ~int64
	String() string
}

type Code int

func (c Code) String() string { return "code" + strconv.Itoa(int(c)) }

func SumAndShow[T StringableInt](xs []T) string {
	var total T
	for _, x := range xs {
		total += x
	}
	return total.String()
}

// Pointer-method constraint: PT must be *T and have Set.
type Setter[T any] interface {
	*T
	Set(string)
}

type Counter struct{ n int }

func (c *Counter) Set(s string) { c.n = len(s) }

type Label struct{ text string }

func (l *Label) Set(s string) { l.text = strings.ToUpper(s) }

func FromStrings[T any, PT Setter[T]](ss []string) []T {
	out := make([]T, len(ss))
	for i, s := range ss {
		PT(&out[i]).Set(s)
	}
	return out
}

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }
func (r Rect) Name() string  { return "rect" }

type Square struct{ S float64 }

func (s *Square) Area() float64 { return s.S * s.S }
func (s *Square) Name() string  { return "square" }

func Largest[S Shape](shapes []S) (string, float64) {
	best := shapes[0]
	for _, s := range shapes[1:] {
		if s.Area() > best.Area() {
			best = s
		}
	}
	return best.Name(), best.Area()
}

func main() {
	fmt.Println(Join([]Celsius{1.5, -3, 20.25}, ", "))
	fmt.Println(Join([]Name{"a", "b"}, "+"))
	fmt.Println(Join([]Point{{1, 2}, {3, 4}}, " "))
	fmt.Println(Join([]Stringer{Celsius(2), Name("x"), Point{0, 0}}, "|"))

	fmt.Println(SumAndShow([]Code{1, 2, 3, 4}))

	cs := FromStrings[Counter]([]string{"a", "abc", "hello"})
	fmt.Println(cs)
	ls := FromStrings[Label]([]string{"x", "yz"})
	fmt.Printf("%+v\n", ls)

	n, a := Largest([]Rect{{1, 2}, {3, 4}, {2, 2}})
	fmt.Println(n, a)
	n, a = Largest([]*Square{{1}, {5}, {2}})
	fmt.Println(n, a)
	n, a = Largest([]Shape{Rect{10, 1}, &Square{3}})
	fmt.Println(n, a)
}
