// Generic map helpers Keys/Values/Invert/Merge/Count with sorted output for determinism, on plain and named map types.
package main

import (
	"fmt"
	"sort"
)

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~float32 | ~float64 | ~string
}

func SortSlice[T Ordered](xs []T) {
	sort.Slice(xs, func(i, j int) bool { return xs[i] < xs[j] })
}

func Keys[M ~map[K]V, K Ordered, V any](m M) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	SortSlice(keys)
	return keys
}

func Values[M ~map[K]V, K comparable, V Ordered](m M) []V {
	vals := make([]V, 0, len(m))
	for _, v := range m {
		vals = append(vals, v)
	}
	SortSlice(vals)
	return vals
}

func Invert[K, V comparable](m map[K]V) map[V]K {
	out := make(map[V]K, len(m))
	for k, v := range m {
		out[v] = k
	}
	return out
}

func Merge[K comparable, V any](a, b map[K]V) map[K]V {
	out := make(map[K]V)
	for k, v := range a {
		out[k] = v
	}
	for k, v := range b {
		out[k] = v
	}
	return out
}

func Count[T comparable](xs []T) map[T]int {
	m := map[T]int{}
	for _, x := range xs {
		m[x]++
	}
	return m
}

func PrintSorted[K Ordered, V any](m map[K]V) {
	for _, k := range Keys(m) {
		fmt.Printf("  %v => %v\n", k, m[k])
	}
}

type Ages map[string]int
type ID uint16

func main() {
	ages := Ages{"zoe": 31, "adam": 45, "mia": 27}
	fmt.Println(Keys(ages))
	fmt.Println(Values(ages))

	ids := map[ID]string{300: "c", 7: "a", 42: "b"}
	fmt.Println(Keys(ids), Values(ids))

	inv := Invert(map[string]int{"one": 1, "two": 2, "three": 3})
	fmt.Println(Keys(inv))
	PrintSorted(inv)

	merged := Merge(map[string]float64{"a": 1, "b": 2}, map[string]float64{"b": 20, "c": 30})
	PrintSorted(merged)

	cnt := Count([]string{"go", "rust", "go", "c", "go", "rust"})
	PrintSorted(cnt)
	runes := Count([]rune("mississippi"))
	for _, r := range Keys(runes) {
		fmt.Printf("%c:%d ", r, runes[r])
	}
	fmt.Println()

	fmt.Println(len(Keys(map[float64]bool{})), Keys(map[int8]int{-3: 1, 2: 2, -100: 3}))
}
