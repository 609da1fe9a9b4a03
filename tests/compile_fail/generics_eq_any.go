// == on a type parameter constrained by any.
package main

func Index[T any](xs []T, v T) int {
	for i, x := range xs {
		if x == v { // ERROR "incomparable types in type set"
			return i
		}
	}
	return -1
}

func main() {
	_ = Index([]int{1, 2}, 2)
}
