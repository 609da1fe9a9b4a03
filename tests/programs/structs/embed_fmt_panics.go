package main

import (
	"errors"
	"fmt"
)

// fmt recovers a panic in a String or Error method (Go's catchPanic), promoted ones included
// (a nil embedded pointer or interface behind them): a nil pointer receiver prints <nil>,
// anything else %!v(PANIC=String method: <value>); the program goes on.

type T struct{ v int }

func (t T) String() string { return fmt.Sprint("T", t.v) }

type B struct{ n int }

func (b B) String() string {
	if b.n > 1 {
		panic(errors.New("too big"))
	}
	if b.n > 0 {
		panic(fmt.Sprintf("bad %d", b.n))
	}
	return "ok"
}

// A String method promoted from a nil embedded pointer.
type Wrapper struct {
	*T
	n int
}

type Failing struct {
	error
	code int
}

type Quiet struct{}

func (Quiet) Error() string {
	defer func() { recover() }()
	panic("recovered inside the method")
}

func main() {
	var p *T
	fmt.Println(p)
	fmt.Printf("%v %s %d\n", p, p, p)
	fmt.Println(B{0}, B{1}, B{2})
	fmt.Printf("%+v|%x|%5s|\n", []B{{0}, {1}}, B{1}, B{0})
	fmt.Println(Wrapper{}, Wrapper{&T{3}, 1})
	fmt.Printf("[%v] [%d]\n", Failing{}, Failing{code: 2})
	fmt.Printf("%q\n", Quiet{})
	s := fmt.Sprint(B{1})
	fmt.Println(s, len(s))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		panic(B{1})
	}()
	fmt.Println("done")
}
