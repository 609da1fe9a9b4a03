// go build -gcflags=-d=defer (Go 1.19) reports:
//
//	./returns_3x5.go:13:2: open-coded defer
//	./returns_3x5.go:14:2: open-coded defer
//	./returns_3x5.go:15:2: open-coded defer
//
// 3 defers x 5 returns = 15: within Go's limit, all open-coded.
package main

import "fmt"

func classify(n int) (s string) {
	defer fmt.Println("  d1", n)         // want-defer: open-coded
	defer fmt.Println("  d2", n)         // want-defer: open-coded
	defer func() { s = "<" + s + ">" }() // want-defer: open-coded
	if n < 0 {
		return "negative"
	}
	if n == 0 {
		return "zero"
	}
	if n < 10 {
		return "small"
	}
	if n < 100 {
		return "medium"
	}
	return "large"
}

func main() {
	for _, n := range [5]int{-5, 0, 7, 42, 1000} {
		fmt.Println(classify(n))
	}
}
