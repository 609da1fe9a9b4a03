// Go 1.19: interface types (any, error) do not satisfy comparable (allowed only from Go 1.20).
package main

func Equal[T comparable](a, b T) bool { return a == b }

func main() {
	var x, y any = 1, 1
	_ = Equal(x, y)            // ERROR "any does not implement comparable"
	_ = Equal[error](nil, nil) // ERROR "error does not implement comparable"
}
