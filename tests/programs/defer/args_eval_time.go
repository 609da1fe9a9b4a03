package main

import "fmt"

var calls = 0

func next(tag string) int {
	calls++
	fmt.Println("evaluating", tag, "->", calls)
	return calls
}

func show(a, b int, s string) {
	fmt.Println("show", a, b, s)
}

func run() {
	x := 10
	s := "before"
	defer show(next("a"), x*2, s+"!")
	x = 99
	s = "after"
	fmt.Println("body: x =", x, "s =", s)
	defer show(next("b"), x, s)
	fmt.Println("body done")
}

func main() {
	run()
	fmt.Println("calls:", calls)
}
