// Generic Max/Min/Sum/Product/Clamp/Abs over Ordered and Number constraints with ints, floats, strings and named types.
package main

import (
	"fmt"
	"math"
	"time"
)

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

type Float interface {
	~float32 | ~float64
}

type Number interface {
	Integer | Float
}

type Ordered interface {
	Integer | Float | ~string
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

func MaxSlice[T Ordered](xs []T) (T, bool) {
	var m T
	if len(xs) == 0 {
		return m, false
	}
	m = xs[0]
	for _, x := range xs[1:] {
		m = Max(m, x)
	}
	return m, true
}

func MinSlice[T Ordered](xs []T) T {
	m := xs[0]
	for _, x := range xs {
		m = Min(m, x)
	}
	return m
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Product[T Number](xs []T) T {
	p := T(1)
	for _, x := range xs {
		p *= x
	}
	return p
}

func Clamp[T Ordered](x, lo, hi T) T {
	return Max(lo, Min(x, hi))
}

func Abs[T ~int | ~int64 | ~float64](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

type Score int

func main() {
	fmt.Println(Max(3, 7), Min(3, 7))
	fmt.Println(Max("apple", "banana"), Min("apple", "banana"))
	fmt.Println(Max(2.5, -1.0), Min(2.5, -1.0))
	fmt.Println(Max(Score(10), 20), Min[uint8](255, 0))
	fmt.Println(Max(math.Inf(1), 0), Min(math.Inf(-1), 0))

	m, ok := MaxSlice([]int{4, 9, -2, 9, 1})
	fmt.Println(m, ok)
	s, ok := MaxSlice([]string{})
	fmt.Printf("%q %v\n", s, ok)
	fmt.Println(MinSlice([]float64{3.5, -0.5, 2}))
	fmt.Println(MinSlice([]time.Duration{time.Minute, time.Second, time.Hour}))

	fmt.Println(Sum([]int{1, 2, 3, 4}))
	fmt.Println(Sum([]float64{0.1, 0.2, 0.3}))
	fmt.Println(Sum([]uint8{200, 100}))
	fmt.Println(Sum([]Score{5, 6}))
	fmt.Println(Sum([]int64(nil)))
	fmt.Println(Product([]int{1, 2, 3, 4, 5}))
	fmt.Println(Product([]float32{0.5, 4}))
	fmt.Println(Product([]int16{200, 200}))

	for _, x := range []int{-5, 0, 5, 15} {
		fmt.Print(Clamp(x, 0, 10), " ")
	}
	fmt.Println()
	fmt.Println(Clamp("m", "a", "k"), Clamp(0.75, 0.0, 0.5))

	fmt.Println(Abs(-3), Abs(int64(-1)<<62), Abs(-2.5), Abs(Score(-4)))
	fmt.Println(Abs(math.MinInt64))
}
