// Type parameters that cannot be inferred: no arguments at all, and a result-only type parameter.
package main

func Zero[T any]() T {
	var z T
	return z
}

func Convert[To, From ~int | ~float64](x From) To { return To(x) }

func main() {
	_ = Zero()       // ERROR "cannot infer T"
	_ = Convert(1.5) // ERROR "cannot infer To"
}
