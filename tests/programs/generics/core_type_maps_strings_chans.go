// Core-type operations on map, string and channel type parameters: make/index/delete/len/range on ~map, index/slice/range/len on ~string, send/receive/close/cap on ~chan.
package main

import (
	"fmt"
	"sort"
)

func Inc[M ~map[K]V, K comparable, V ~int](m M, keys ...K) {
	for _, k := range keys {
		m[k]++
	}
}

func Filter[M ~map[K]V, K comparable, V any](m M, keep func(K, V) bool) M {
	out := make(M)
	for k, v := range m {
		if keep(k, v) {
			out[k] = v
		}
	}
	return out
}

func DeleteIf[M ~map[K]V, K comparable, V any](m M, del func(V) bool) int {
	n := 0
	for k, v := range m {
		if del(v) {
			delete(m, k)
			n++
		}
	}
	return n
}

func SortedKeys[M ~map[string]V, V any](m M) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func Stats[S ~string](s S) (int, int, byte) {
	n := 0
	for range s {
		n++
	}
	return len(s), n, s[0]
}

func Prefix[S ~string](s S, n int) S {
	if n > len(s) {
		return s
	}
	return s[:n]
}

func RuneAt[S ~string](s S) []string {
	var out []string
	for i, r := range s {
		out = append(out, fmt.Sprintf("%d:%c", i, r))
	}
	return out
}

func Produce[C ~chan E, E any](c C, vs ...E) {
	for _, v := range vs {
		c <- v
	}
	close(c)
}

func Collect[C ~<-chan E | ~chan E, E any](c C) []E {
	var out []E
	for v := range c {
		out = append(out, v)
	}
	return out
}

func Info[C ~chan E, E any](c C) (int, int) {
	return len(c), cap(c)
}

func Recv2[C ~chan E, E any](c C) (E, bool) {
	v, ok := <-c
	return v, ok
}

type Counts map[string]int
type Title string
type Pipe chan float64

func main() {
	c := Counts{}
	Inc(c, "a", "b", "a", "c", "a")
	for _, k := range SortedKeys(c) {
		fmt.Print(k, "=", c[k], " ")
	}
	fmt.Println(len(c))
	big := Filter(c, func(k string, v int) bool { return v > 1 })
	fmt.Printf("%v %T\n", SortedKeys(big), big)
	deleted := DeleteIf(c, func(v int) bool { return v == 1 })
	fmt.Println(deleted, len(c))

	fmt.Println(Stats("héllo"))
	fmt.Println(Stats(Title("Go")))
	p := Prefix(Title("generics"), 3)
	fmt.Printf("%v %T %v\n", p, p, Prefix("ab", 5))
	fmt.Println(RuneAt("aé世"))

	ch := make(chan int, 5)
	Produce(ch, 1, 2, 3)
	fmt.Println(Info(ch))
	fmt.Println(Collect(ch))

	pc := make(Pipe, 2)
	go Produce(pc, 0.5, 1.5, 2.5, 3.5)
	var ro <-chan float64 = pc
	fmt.Println(Collect(ro))
	v, ok := Recv2(pc)
	fmt.Println(v, ok)
	fmt.Println(Info(pc))
}
