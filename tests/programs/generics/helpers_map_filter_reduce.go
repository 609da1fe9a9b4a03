// Generic helpers Map, Filter, Reduce, FlatMap, GroupBy (sorted), Zip, chained together.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func FlatMap[T, U any](xs []T, f func(T) []U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x)...)
	}
	return out
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	m := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		m[k] = append(m[k], x)
	}
	return m
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func Zip[A, B any](as []A, bs []B) []Pair[A, B] {
	n := len(as)
	if len(bs) < n {
		n = len(bs)
	}
	out := make([]Pair[A, B], n)
	for i := 0; i < n; i++ {
		out[i] = Pair[A, B]{as[i], bs[i]}
	}
	return out
}

type Person struct {
	Name string
	Age  int
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	sq := Map(nums, func(x int) int { return x * x })
	fmt.Println(sq)
	evens := Filter(sq, func(x int) bool { return x%2 == 0 })
	fmt.Println(evens)
	sum := Reduce(evens, 0, func(a, x int) int { return a + x })
	fmt.Println(sum)
	joined := Reduce(nums, "", func(a string, x int) string { return a + strconv.Itoa(x) })
	fmt.Println(joined)
	fmt.Println(Map(Filter(nums, func(x int) bool { return x > 7 }), strconv.Itoa))
	fmt.Println(len(Filter(nums, func(int) bool { return false })), Filter([]string(nil), func(string) bool { return true }) == nil)

	words := FlatMap([]string{"a b", "c", "d e f"}, strings.Fields)
	fmt.Println(words, len(words))

	people := []Person{{"Ann", 30}, {"Bob", 25}, {"Cid", 30}, {"Dee", 41}, {"Eve", 25}}
	byAge := GroupBy(people, func(p Person) int { return p.Age })
	ages := make([]int, 0, len(byAge))
	for a := range byAge {
		ages = append(ages, a)
	}
	sort.Ints(ages)
	for _, a := range ages {
		fmt.Println(a, Map(byAge[a], func(p Person) string { return p.Name }))
	}
	oldest := Reduce(people, people[0], func(best Person, p Person) Person {
		if p.Age > best.Age {
			return p
		}
		return best
	})
	fmt.Printf("%+v\n", oldest)

	z := Zip([]string{"x", "y", "z"}, []float64{1.5, 2.5})
	fmt.Printf("%v %+v %d\n", z, z[1], len(z))
	total := Reduce(z, 0.0, func(a float64, p Pair[string, float64]) float64 { return a + p.Second })
	fmt.Println(total)
}
