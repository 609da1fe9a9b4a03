// Closures inside generic functions capturing type-parameter-typed variables: counters, accumulators, memoization, composition, closures returned and stored.
package main

import (
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Accumulator[T Number](start T) func(T) T {
	sum := start
	return func(d T) T {
		sum += d
		return sum
	}
}

func Counter[K comparable]() (func(K), func(K) int) {
	counts := map[K]int{}
	inc := func(k K) { counts[k]++ }
	get := func(k K) int { return counts[k] }
	return inc, get
}

func Memo[K comparable, V any](f func(K) V) (func(K) V, *int) {
	cache := map[K]V{}
	calls := 0
	return func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		calls++
		v := f(k)
		cache[k] = v
		return v
	}, &calls
}

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func Partial[A, B, R any](f func(A, B) R, a A) func(B) R {
	return func(b B) R { return f(a, b) }
}

func Generator[T any](xs []T) func() (T, bool) {
	i := 0
	return func() (T, bool) {
		if i >= len(xs) {
			var z T
			return z, false
		}
		v := xs[i]
		i++
		return v, true
	}
}

func Adders[T Number](vals []T) []func(T) T {
	var fs []func(T) T
	for _, v := range vals {
		v := v
		fs = append(fs, func(x T) T { return x + v })
	}
	return fs
}

func Swapper[T any](a, b *T) func() {
	return func() { *a, *b = *b, *a }
}

func Once[T any](f func() T) func() T {
	done := false
	var val T
	return func() T {
		if !done {
			val = f()
			done = true
		}
		return val
	}
}

func main() {
	acc := Accumulator(10)
	acc(5)
	fmt.Println(acc(1))
	facc := Accumulator(0.5)
	facc(0.25)
	fmt.Println(facc(0.25))

	inc, get := Counter[string]()
	for _, w := range strings.Fields("a b a c a b") {
		inc(w)
	}
	fmt.Println(get("a"), get("b"), get("z"))

	var fib func(int) int64
	memo, calls := Memo(func(n int) int64 {
		if n < 2 {
			return int64(n)
		}
		return fib(n-1) + fib(n-2)
	})
	fib = memo
	f80 := fib(80)
	fmt.Println(f80, *calls)
	f50 := fib(50)
	fmt.Println(f50, *calls)

	lenThenDouble := Compose(func(s string) int { return len(s) }, func(n int) float64 { return float64(n) * 2.5 })
	fmt.Println(lenThenDouble("abcd"))
	shout := Compose(strings.TrimSpace, strings.ToUpper)
	fmt.Printf("%q\n", shout("  hi  "))

	rep := Partial(strings.Repeat, "ab")
	fmt.Println(rep(3))
	pow := Partial(func(base int, exp uint) int {
		r := 1
		for i := uint(0); i < exp; i++ {
			r *= base
		}
		return r
	}, 3)
	fmt.Println(pow(4))

	next := Generator([]rune("héj"))
	for r, ok := next(); ok; r, ok = next() {
		fmt.Printf("%c", r)
	}
	fmt.Println()

	for _, f := range Adders([]int64{1, 10, 100}) {
		fmt.Print(f(5), " ")
	}
	fmt.Println()

	x, y := "left", "right"
	sw := Swapper(&x, &y)
	sw()
	fmt.Println(x, y)
	sw()
	fmt.Println(x, y)

	n := 0
	o := Once(func() []int { n++; return []int{n} })
	o1, o2 := o(), o()
	fmt.Println(o1, o2, n)
}
