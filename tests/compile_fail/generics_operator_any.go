// Operators not permitted by the type set: + on any, < on comparable.
package main

func Sum[T any](a, b T) T {
	return a + b // ERROR "not defined on a"
}

func Less[T comparable](a, b T) bool {
	return a < b // ERROR "type parameter T is not comparable with <"
}

func main() {
	_ = Sum(1, 2)
	_ = Less(1, 2)
}
