// Wrong number of type arguments for a generic type and for a generic function.
package main

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func Max[T ~int | ~float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	var p Pair[string] // ERROR "got 1 arguments but 2 type parameters"
	_ = p
	_ = Max[int, int](1, 2) // ERROR "got 2 type arguments but want 1"
}
