// len/cap/range/index/make/append/copy/slicing (incl. 3-index) on type parameters with slice and array core types.
package main

import "fmt"

func Info[S ~[]E, E any](s S) string {
	return fmt.Sprintf("len=%d cap=%d", len(s), cap(s))
}

func Grow[S ~[]E, E any](s S, n int) S {
	if cap(s)-len(s) >= n {
		return s
	}
	ns := make(S, len(s), len(s)+n)
	copy(ns, s)
	return ns
}

func Window[S ~[]E, E any](s S, i, j int) S {
	return s[i:j:j]
}

func Chunk[S ~[]E, E any](s S, n int) []S {
	var out []S
	for len(s) > n {
		out = append(out, s[:n:n])
		s = s[n:]
	}
	if len(s) > 0 {
		out = append(out, s)
	}
	return out
}

func Fill[S ~[]E, E any](s S, v E) {
	for i := range s {
		s[i] = v
	}
}

func Concat[S ~[]E, E any](ss ...S) S {
	var out S
	for _, s := range ss {
		out = append(out, s...)
	}
	return out
}

func SumIdx[S ~[]E, E ~int | ~float64](s S) (E, E) {
	var even, odd E
	for i := 0; i < len(s); i++ {
		if i%2 == 0 {
			even += s[i]
		} else {
			odd += s[i]
		}
	}
	return even, odd
}

func Last[T interface{ ~[]E | ~[4]E }, E any](x T) E {
	return x[len(x)-1]
}

func ArrLen[A ~[3]E, E any](a A) (int, E) {
	for _, v := range a {
		_ = v
	}
	return len(a), a[1]
}

func Delete[S ~[]E, E any](s S, i int) S {
	return append(s[:i], s[i+1:]...)
}

type IntList []int
type Triple [3]string

func main() {
	s := make([]int, 2, 10)
	fmt.Println(Info(s), Info(IntList(nil)), Info([]string{"a"}))
	g := Grow(IntList{1, 2}, 5)
	fmt.Printf("%v %s %T\n", g, Info(g), g)
	g2 := Grow(g, 3)
	fmt.Println(Info(g2))

	base := IntList{0, 1, 2, 3, 4, 5, 6, 7}
	w := Window(base, 2, 5)
	fmt.Println(w, Info(w))
	w = append(w, 99) // must not clobber base because cap == len
	fmt.Println(w, base)

	for _, c := range Chunk(base, 3) {
		fmt.Printf("%v(%T) ", c, c)
	}
	fmt.Println()
	fmt.Println(len(Chunk([]int{}, 2)))

	buf := make([]rune, 3)
	Fill(buf, 'z')
	fmt.Println(string(buf))

	cc := Concat(IntList{1}, IntList{2, 3}, nil, IntList{4})
	fmt.Printf("%v %T\n", cc, cc)
	fmt.Println(Concat[[]string]() == nil)

	fmt.Println(SumIdx([]int{1, 2, 3, 4, 5}))
	fmt.Println(SumIdx([]float64{0.5, 0.25}))

	fmt.Println(Last[[]int, int]([]int{1, 2, 3}), Last[[4]string, string]([4]string{"a", "b", "c", "d"}))
	fmt.Println(ArrLen(Triple{"x", "y", "z"}))
	fmt.Println(ArrLen([3]float64{1, 2, 3}))

	d := Delete([]string{"a", "b", "c", "d"}, 1)
	fmt.Println(d, len(d))
}
