// A constraint interface with a type set used as an ordinary variable type.
package main

type Number interface {
	~int | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	var n Number // ERROR "cannot use type Number outside a type constraint: interface contains type constraints"
	_ = n
	_ = Sum([]int{1})
}
