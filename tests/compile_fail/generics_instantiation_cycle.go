// Generic function instantiating itself with an ever-growing type argument (infinite instantiation).
package main

type Pair[A, B any] struct {
	A A
	B B
}

func Nest[T any](x T, depth int) any { // ERROR "instantiation cycle"
	if depth == 0 {
		return x
	}
	return Nest(Pair[T, int]{x, depth}, depth-1)
}

func main() {
	_ = Nest(1, 3)
}
