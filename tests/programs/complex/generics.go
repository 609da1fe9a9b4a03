// Complex numbers in generic code: type sets with complex types, arithmetic and comparison
// on type parameters, generic types instantiated with complex types.
package main

import "fmt"

type Number interface {
	~int | ~float32 | ~float64 | ~complex64 | ~complex128
}

type Complex interface{ ~complex64 | ~complex128 }

type MyC complex64

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s * 2 / T(4)
}

func Eq[T comparable](a, b T) bool { return a == b }

func Neg[T Complex](x T) T { return -x + 1 }

type Pair[T any] struct {
	A, B T
}

func main() {
	fmt.Println(Sum(1+2i, 3+0i), Sum[complex64](1, 2i), Sum(MyC(1), 2i), Sum(1.5, 2.0))
	fmt.Println(Eq(1+1i, 1+1i), Eq[complex64](1, 1i), Neg(MyC(2i)), Neg(3+0i))
	p := Pair[complex64]{1, 2i}
	fmt.Printf("%v %+v %T\n", p, p, p)
	m := map[Pair[complex128]]int{{1, 2}: 3}
	fmt.Println(m[Pair[complex128]{1, 2}])
}
