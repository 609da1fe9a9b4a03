// Package-level variables are initialized in Go's order: repeatedly the earliest variable in
// declaration order whose dependencies (through functions and methods, including method values
// and method expressions) are all initialized.
package main

import "fmt"

var trace []string

func f(s string, _ ...int) int {
	trace = append(trace, s)
	return len(trace)
}

var (
	_  = d
	_  = f("_", c, b)
	a  = f("a")
	b  = f("b")
	c  = f("c")
	d  = f("d")
	m1 = T(0).Get()
	m2 = T.Get2(0)
	m3 = (*T).Get3(nil)
	mv = T(0).Get
	e  = f("e", late)
	g  = func() int {
		if false {
			_ = z
		}
		return f("g")
	}()
)

type T int

func (T) Get() int   { return f("m1", y) }
func (T) Get2() int  { return f("m2", y) }
func (*T) Get3() int { return f("m3", z) }

var late = f("late")
var y = f("y")
var z = f("z")

func main() {
	fmt.Println(trace)
	fmt.Println(a, b, c, d, e, g, m1, m2, m3, mv(), late, y, z)
}
