package main

// fmt recovers panics inside String and Error methods and prints them in place; a nil
// pointer receiver prints <nil>. The program goes on.

import (
	"errors"
	"fmt"
)

type T struct{ p *int }

func (t T) String() string { return fmt.Sprint(*t.p) }

type N struct{ name string }

func (n *N) String() string { return n.name }

type E struct{}

func (E) Error() string { panic(errors.New("error method failed")) }

type V int

func (v V) String() string {
	if v < 0 {
		panic(fmt.Sprintf("negative %d", int(v)))
	}
	return fmt.Sprint("V", int(v))
}

func main() {
	var n *N
	fmt.Println(n)
	fmt.Println(T{})
	fmt.Printf("%v|%s|%d\n", T{}, T{}, T{})
	fmt.Println(E{})
	fmt.Println(V(3), V(-2), []V{1, -1})
	s := fmt.Sprintf("%x", V(-5))
	fmt.Println(len(s), s)
	defer func() { fmt.Println("recovered:", recover()) }()
	panic(fmt.Sprint(V(-7)))
}
