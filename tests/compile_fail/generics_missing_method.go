// Type arguments missing a method required by a method constraint (no method; pointer-receiver method).
package main

type Stringer interface {
	String() string
}

func Join[T Stringer](xs []T) string {
	s := ""
	for _, x := range xs {
		s += x.String()
	}
	return s
}

type Point struct{ X, Y int }

type Celsius float64

func (c *Celsius) String() string { return "C" }

func main() {
	_ = Join([]Point{{1, 2}}) // ERROR "Point does not implement Stringer"
	_ = Join([]Celsius{1})    // ERROR "String method has pointer receiver"
}
