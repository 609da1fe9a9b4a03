// Generic slice helpers Contains, Index, LastIndex, Reverse (in place and copy), Equal, Dedup, Insert on comparable types.
package main

import "fmt"

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func LastIndex[S ~[]E, E comparable](s S, v E) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == v {
			return i
		}
	}
	return -1
}

func Contains[T comparable](xs []T, v T) bool {
	return Index(xs, v) >= 0
}

func Reverse[S ~[]E, E any](s S) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func Reversed[T any](xs []T) []T {
	out := make([]T, len(xs))
	copy(out, xs)
	Reverse(out)
	return out
}

func Equal[T comparable](a, b []T) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func Dedup[T comparable](xs []T) []T {
	seen := make(map[T]struct{})
	var out []T
	for _, x := range xs {
		if _, ok := seen[x]; !ok {
			seen[x] = struct{}{}
			out = append(out, x)
		}
	}
	return out
}

func Insert[S ~[]E, E any](s S, i int, vs ...E) S {
	out := make(S, 0, len(s)+len(vs))
	out = append(out, s[:i]...)
	out = append(out, vs...)
	return append(out, s[i:]...)
}

type Color struct{ R, G, B uint8 }
type Words []string

func main() {
	ints := []int{5, 3, 8, 3, 1}
	fmt.Println(Index(ints, 3), LastIndex(ints, 3), Index(ints, 42))
	fmt.Println(Contains(ints, 8), Contains(ints, 9))
	fmt.Println(Contains([]string{"a", "b"}, "b"), Index([]float64{0.5, 1.5}, 1.5))

	colors := []Color{{255, 0, 0}, {0, 255, 0}}
	fmt.Println(Index(colors, Color{0, 255, 0}), Contains(colors, Color{0, 0, 255}))

	type key struct {
		name string
		n    int
	}
	keys := []key{{"a", 1}, {"b", 2}}
	fmt.Println(Index(keys, key{"b", 2}), Index(keys, key{"b", 1}))
	var arrs = [][2]string{{"x", "y"}, {"y", "x"}}
	fmt.Println(Index(arrs, [2]string{"y", "x"}))

	w := Words{"one", "two", "three"}
	Reverse(w)
	fmt.Printf("%v %T\n", w, w)
	fmt.Println(Reversed([]int{1, 2, 3, 4}), ints)
	Reverse(ints)
	fmt.Println(ints)
	Reverse([]int{})
	fmt.Println(Reversed([]rune("héllo")), string(Reversed([]rune("héllo"))))

	fmt.Println(Equal([]int{1, 2}, []int{1, 2}), Equal([]int{1, 2}, []int{2, 1}), Equal([]string{}, nil))
	fmt.Println(Dedup([]int{3, 1, 3, 2, 1, 4}), Dedup([]string{"x", "x"}))
	ins := Insert(Words{"a", "d"}, 1, "b", "c")
	fmt.Printf("%v %T %d\n", ins, ins, len(ins))
	fmt.Println(Insert([]int{1}, 1, 2, 3), Insert([]int{1}, 0))
}
