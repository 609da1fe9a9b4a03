// Generic functions calling other generic functions (with different instantiations), recursion (quicksort, merge sort, power set, flatten) and mutual recursion in generic code.
package main

import (
	"fmt"
	"strings"
)

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

func QuickSort[T Ordered](xs []T) []T {
	if len(xs) <= 1 {
		return xs
	}
	pivot := xs[0]
	var less, more []T
	for _, x := range xs[1:] {
		if x < pivot {
			less = append(less, x)
		} else {
			more = append(more, x)
		}
	}
	out := append(QuickSort(less), pivot)
	return append(out, QuickSort(more)...)
}

func MergeSort[T any](xs []T, less func(a, b T) bool) []T {
	if len(xs) <= 1 {
		return xs
	}
	mid := len(xs) / 2
	return merge(MergeSort(xs[:mid], less), MergeSort(xs[mid:], less), less)
}

func merge[T any](a, b []T, less func(a, b T) bool) []T {
	out := make([]T, 0, len(a)+len(b))
	for len(a) > 0 && len(b) > 0 {
		if less(b[0], a[0]) {
			out, b = append(out, b[0]), b[1:]
		} else {
			out, a = append(out, a[0]), a[1:]
		}
	}
	return append(append(out, a...), b...)
}

func PowerSet[T any](xs []T) [][]T {
	if len(xs) == 0 {
		return [][]T{{}}
	}
	rest := PowerSet(xs[1:])
	out := append([][]T(nil), rest...)
	for _, r := range rest {
		out = append(out, append([]T{xs[0]}, r...))
	}
	return out
}

func Flatten[T any](xss [][]T) []T {
	if len(xss) == 0 {
		return nil
	}
	return append(append([]T(nil), xss[0]...), Flatten(xss[1:])...)
}

func IsEven[T ~int | ~uint](n T) bool {
	if n == 0 {
		return true
	}
	return IsOdd(n - 1)
}

func IsOdd[T ~int | ~uint](n T) bool {
	if n == 0 {
		return false
	}
	return IsEven(n - 1)
}

// Generic calling generic with a derived instantiation.
type Pair[A, B any] struct {
	A A
	B B
}

func Nest1[T any](x T, n int) Pair[T, int] { return Pair[T, int]{x, n} }

func Nest[T any](x T, depth int) any {
	return Nest1(Nest1(Nest1(x, depth), depth+1), depth+2)
}

func Keys[T Ordered](m map[T]int) []T {
	var ks []T
	for k := range m {
		ks = append(ks, k)
	}
	return QuickSort(ks)
}

func Histogram[T Ordered](xs []T) string {
	m := map[T]int{}
	for _, x := range xs {
		m[x]++
	}
	var sb strings.Builder
	for _, k := range Keys(m) {
		fmt.Fprintf(&sb, "%v:%s ", k, strings.Repeat("#", m[k]))
	}
	return sb.String()
}

func Ackermann[T ~int | ~uint64](m, n T) T {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return Ackermann(m-1, 1)
	}
	return Ackermann(m-1, Ackermann(m, n-1))
}

func main() {
	fmt.Println(QuickSort([]int{5, 2, 9, 1, 5, 6}))
	fmt.Println(QuickSort([]string{"pear", "fig", "apple"}))
	fmt.Println(QuickSort([]float64{2.5, -1, 0}))
	words := strings.Fields("the quick brown fox jumps over a lazy dog")
	fmt.Println(MergeSort(words, func(a, b string) bool { return len(a) < len(b) }))
	fmt.Println(MergeSort([]int{3, 1, 2}, func(a, b int) bool { return a > b }))
	ps := PowerSet([]string{"a", "b", "c"})
	fmt.Println(len(ps), ps)
	fmt.Println(Flatten([][]int{{1, 2}, {}, {3}, {4, 5}}))
	fmt.Println(IsEven(10), IsOdd(7), IsEven(uint(3)))
	fmt.Printf("%v\n", Nest("x", 3))
	fmt.Printf("%T\n", Nest(1.5, 2))
	fmt.Println(Histogram([]string{"b", "a", "b", "c", "b", "a"}))
	fmt.Println(Histogram([]int{3, 1, 3}))
	fmt.Println(Ackermann(2, 3), Ackermann[uint64](3, 3))
}
