// Explicit instantiation: full (Max[int]), partial (Map[int]), instantiated functions as values, in variables, maps and slices.
package main

import (
	"fmt"
	"strconv"
)

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Min[T Ordered](a, b T) T {
	if a < b {
		return a
	}
	return b
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Convert[To, From ~int | ~float64](x From) To {
	return To(x)
}

func Zero[T any]() T {
	var z T
	return z
}

func Apply2[T any](f func(T, T) T, a, b T) T {
	return f(a, b)
}

type MyInt int

func main() {
	fmt.Println(Max[int](1, 2))
	fmt.Println(Max[float64](1, 2.5))
	fmt.Println(Max[string]("abc", "abd"))
	fmt.Println(Max[MyInt](7, 3))

	// Partial instantiation: U is inferred from f.
	strs := Map[int]([]int{1, 2, 3}, strconv.Itoa)
	fmt.Printf("%q\n", strs)
	lens := Map[string, int]([]string{"a", "bb", "ccc"}, func(s string) int { return len(s) })
	fmt.Println(lens)

	// Instantiated functions as values.
	f := Max[float64]
	fmt.Println(f(1, 2.5), f(-1, -2))
	fmt.Printf("%T\n", f)
	var g func(int, int) int = Min[int]
	fmt.Println(g(4, 9))
	var h func(int, int) int
	h = Max[int]
	fmt.Println(h(4, 9))

	ops := map[string]func(int, int) int{
		"max": Max[int],
		"min": Min[int],
	}
	fmt.Println(ops["max"](3, 8), ops["min"](3, 8))

	fs := []func(string, string) string{Max[string], Min[string]}
	for _, fn := range fs {
		fmt.Println(fn("go", "rust"))
	}

	fmt.Println(Apply2(Max[int], 10, 20))
	fmt.Println(Apply2[float64](Min[float64], 1.5, 0.5))

	fmt.Println(Convert[float64](3), Convert[int](3.99), Convert[MyInt, float64](2.5))

	fmt.Printf("%v %q %v %v\n", Zero[int](), Zero[string](), Zero[[]int]() == nil, Zero[*int]() == nil)
	z := Zero[struct{ A, B int }]()
	fmt.Printf("%+v\n", z)

	fmt.Println(Map(Map([]int{1, 2}, Convert[float64, int]), func(x float64) string {
		return strconv.FormatFloat(x/4, 'f', 2, 64)
	}))
}
