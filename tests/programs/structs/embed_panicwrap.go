package main

import "fmt"

// A value method called through a nil pointer by the method expression (*T).M: Go's
// generated wrapper panics with runtime.panicwrap's message (not a nil dereference).

type T struct{ x int }

func (t T) Get() int { return t.x }

func call(f func(*T) int, p *T) (r int) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Printf("recovered %T: %v\n", e, e)
			r = -1
		}
	}()
	return f(p)
}

func main() {
	get := (*T).Get
	fmt.Println(call(get, &T{4}))
	fmt.Println(call(get, nil))
	var p *T
	fmt.Println(get(p))
}
