// The comma-ok forms assigned with = (not :=) to existing variables: the untyped bool goes
// into a bool, a named bool type, or an interface (as a bool).
package main

import "fmt"

type flag bool

type shape interface{ Area() float64 }

type square float64

func (s square) Area() float64 { return float64(s * s) }

func main() {
	m := map[string]int{"a": 1}
	var v int
	var ok bool
	v, ok = m["a"]
	fmt.Println(v, ok)
	v, ok = m["zz"]
	fmt.Println(v, ok)

	var f flag
	_, f = m["a"]
	fmt.Printf("%v %T\n", f, f)

	var x any
	_, x = m["b"]
	fmt.Printf("%v %T\n", x, x)

	var i any = square(3)
	var s shape
	s, ok = i.(shape)
	fmt.Println(s.Area(), ok)
	var n int
	n, f = i.(int)
	fmt.Println(n, f)

	// In a loop condition, reusing the variables.
	keys := []string{"a", "b", "a"}
	hits := 0
	for _, k := range keys {
		if _, ok = m[k]; ok {
			hits++
		}
	}
	fmt.Println(hits)
}
