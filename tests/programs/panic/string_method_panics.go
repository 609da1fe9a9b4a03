package main

import "fmt"

// A panic value whose String method panics: Go's crash printer gives up with a fatal error.

type B struct{ n int }

func (b B) String() string {
	panic(fmt.Sprint("nested ", b.n))
}

func main() {
	defer fmt.Println("deferred")
	panic(B{1})
}
