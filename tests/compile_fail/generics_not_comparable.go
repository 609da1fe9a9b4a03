// Non-comparable type arguments for comparable constraints (type instantiation and inferred function call).
package main

type Set[T comparable] map[T]struct{}

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func main() {
	var s Set[[]int] // ERROR "int does not implement comparable"
	_ = s
	_ = Index([][]int{{1}}, []int{1}) // ERROR "int does not implement comparable"
}
