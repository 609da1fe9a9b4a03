// Constraints written inline in type parameter lists: [T interface{ ~[]E }, E any], [S ~[]E, E any], [M ~map[K]V, ...], interface{ M() } inline.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func Len[T interface{ ~[]E }, E any](s T) int {
	return len(s)
}

func Firsts[S ~[]E, E any](s S, n int) S {
	if n > len(s) {
		n = len(s)
	}
	return s[:n]
}

func SortedKeys[M ~map[K]V, K interface{ ~int | ~string }, V any](m M) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

func Shout[T interface{ ~string }](s T) T {
	return T(strings.ToUpper(string(s))) + "!"
}

func Describe[T interface{ Describe() string }](xs []T) []string {
	var out []string
	for _, x := range xs {
		out = append(out, x.Describe())
	}
	return out
}

func AddAll[T interface {
	~int | ~float64
}](xs []T, d T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[i] = x + d
	}
	return out
}

func Pick[P interface{ *T }, T any](p P, def T) T {
	if p == nil {
		return def
	}
	return *p
}

type Names []string
type Scores map[string]int
type Word string
type Dog struct{ name string }

func (d Dog) Describe() string { return d.name + " the dog" }

func main() {
	fmt.Println(Len([]int{1, 2, 3}), Len(Names{"a"}), Len[[]bool]([]bool{}))
	f := Firsts(Names{"ann", "bob", "cy"}, 2)
	fmt.Printf("%v %T\n", f, f)
	fmt.Println(Firsts([]int{1, 2}, 5))

	fmt.Println(SortedKeys(Scores{"z": 1, "a": 2, "m": 3}))
	fmt.Println(SortedKeys(map[int]bool{5: true, -1: false, 3: true}))

	fmt.Println(Shout("hey"))
	w := Shout(Word("go"))
	fmt.Printf("%v %T\n", w, w)

	fmt.Println(Describe([]Dog{{"rex"}, {"fido"}}))
	fmt.Println(AddAll([]int{1, 2}, 10), AddAll([]float64{0.5}, 0.25))

	x := 5
	fmt.Println(Pick(&x, 0), Pick[*int](nil, 7), Pick((*string)(nil), "def"))
}
