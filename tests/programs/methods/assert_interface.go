// Type assertions to interface types: plain (panicking with Go's "missing method" text), comma-ok, on nil.
package main

import "fmt"

type Namer interface{ Name() string }
type Ager interface{ Age() int }
type P struct{ n string }

func (p P) Name() string { return p.n }

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func main() {
	var x interface{} = P{"bob"}
	n := x.(Namer)
	fmt.Println(n.Name())
	a, ok := x.(Ager)
	fmt.Println(a == nil, ok)
	var e interface{}
	_, ok2 := e.(Namer)
	fmt.Println(ok2)
	try(func() { _ = x.(Ager) })
	try(func() { _ = e.(Namer) })
	var nm Namer = P{"al"}
	if s, ok := nm.(fmt.Stringer); ok {
		fmt.Println("stringer?", s)
	} else {
		fmt.Println("not a stringer")
	}
}
