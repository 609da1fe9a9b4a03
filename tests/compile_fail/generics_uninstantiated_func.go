// Generic function used as a value without instantiation (Go 1.19 has no inference from assignment context).
package main

func Max[T ~int | ~float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	f := Max                       // ERROR "cannot use generic function Max without instantiation"
	var g func(int, int) int = Max // ERROR "cannot use generic function Max without instantiation"
	_, _ = f, g
}
