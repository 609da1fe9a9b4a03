// A method declaring its own type parameters (syntax error in Go).
package main

type Box[T any] struct{ v T }

func (b Box[T]) Map[U any](f func(T) U) Box[U] { // ERROR "syntax error: method must have no type parameters"
	return Box[U]{f(b.v)}
}

func main() {
}
