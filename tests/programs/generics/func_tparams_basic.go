// Type parameter lists on functions: one, two and three type parameters, any/comparable, explicit and inferred instantiation.
package main

import (
	"fmt"
	"strconv"
)

func Identity[T any](x T) T {
	return x
}

func Swap[A, B any](a A, b B) (B, A) {
	return b, a
}

func Triple[A any, B comparable, C any](a A, b B, c C) string {
	return fmt.Sprintf("(%v, %v, %v)", a, b, c)
}

func Equal[T comparable](a, b T) bool {
	return a == b
}

func Repeat[T any](x T, n int) []T {
	out := make([]T, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, x)
	}
	return out
}

func First[T any](xs ...T) (T, bool) {
	if len(xs) == 0 {
		var zero T
		return zero, false
	}
	return xs[0], true
}

func Apply[T, U any](x T, f func(T) U) U {
	return f(x)
}

type Point struct {
	X, Y int
}

func main() {
	fmt.Println(Identity(42))
	fmt.Println(Identity("hello"))
	fmt.Println(Identity[float64](3))
	fmt.Println(Identity(Point{1, 2}))
	fmt.Println(Identity([]int{1, 2, 3}))

	b, a := Swap(1, "one")
	fmt.Println(b, a)
	s, f := Swap[float64, string](2.5, "x")
	fmt.Println(s, f)

	fmt.Println(Triple(1, "two", 3.0))
	fmt.Println(Triple[int, Point, []string](7, Point{3, 4}, []string{"a", "b"}))

	fmt.Println(Equal(1, 1), Equal(1, 2))
	fmt.Println(Equal("a", "a"), Equal("a", "b"))
	fmt.Println(Equal(Point{1, 2}, Point{1, 2}), Equal(Point{1, 2}, Point{2, 1}))
	var p1, p2 *Point = &Point{}, &Point{}
	fmt.Println(Equal(p1, p1), Equal(p1, p2))
	fmt.Println(Equal([2]int{1, 2}, [2]int{1, 2}))

	fmt.Println(Repeat("ab", 3))
	fmt.Println(Repeat(Point{1, 1}, 2))
	fmt.Println(len(Repeat[byte]('x', 0)))

	v, ok := First(5, 6, 7)
	fmt.Println(v, ok)
	w, ok2 := First[string]()
	fmt.Printf("%q %v\n", w, ok2)

	fmt.Println(Apply(12, strconv.Itoa) + "!")
	fmt.Println(Apply("34", func(s string) int {
		n, _ := strconv.Atoi(s)
		return n * 2
	}))
	fmt.Println(Apply[int, bool](3, func(i int) bool { return i%2 == 1 }))
}
