// Package-level variables are initialized in dependency order, not source order.
package main

import "fmt"

var a = b + 1
var b = f()
var c, d = pair()
var total int

func f() int {
	total++
	fmt.Println("f runs, total", total)
	return 10
}

func pair() (int, string) {
	fmt.Println("pair runs, a =", a)
	return a * 2, "d"
}

func main() {
	fmt.Println(a, b, c, d, total)
}
