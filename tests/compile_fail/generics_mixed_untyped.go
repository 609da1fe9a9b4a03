// Go 1.19 inference: untyped constants of different kinds (1, 2.5) for the same type parameter are rejected.
package main

func Max[T ~int | ~float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	_ = Max(1, 2.5) // ERROR "default type float64 of 2.5 does not match inferred type int for T"
	_ = Max(2.5, 1) // ERROR "default type int of 1 does not match inferred type float64 for T"
}
