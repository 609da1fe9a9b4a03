package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func adder(start int) (func(int), func() int) {
	total := start
	return func(x int) { total += x }, func() int { return total }
}

func apply(f func(int) int, xs [4]int) [4]int {
	for i, x := range xs {
		xs[i] = f(x)
	}
	return xs
}

func main() {
	c1 := counter()
	c2 := counter()
	fmt.Println(c1(), c1(), c1(), c2())
	add, get := adder(10)
	add(5)
	add(7)
	fmt.Println(get())
	k := 3
	times := func(x int) int { return x * k }
	k = 4
	fmt.Println(apply(times, [4]int{1, 2, 3, 4}))
	var fs [3]func() int
	for i := 0; i < 3; i++ {
		j := i
		fs[i] = func() int { return j * j }
	}
	fmt.Println(fs[0](), fs[1](), fs[2]())
	var shared [3]func() int
	for i := 0; i < 3; i++ {
		shared[i] = func() int { return i }
	}
	fmt.Println(shared[0](), shared[1](), shared[2]())
	fib := func() func() int {
		a, b := 0, 1
		return func() int {
			r := a
			a, b = b, a+b
			return r
		}
	}()
	for i := 0; i < 10; i++ {
		fmt.Print(fib(), " ")
	}
	fmt.Println()
	var rec func(int) int
	rec = func(n int) int {
		if n == 0 {
			return 0
		}
		return n + rec(n-1)
	}
	fmt.Println(rec(100))
}
