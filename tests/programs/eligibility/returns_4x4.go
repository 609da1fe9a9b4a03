// go build -gcflags=-d=defer (Go 1.19) reports:
//
//	./returns_4x4.go:14:2: stack-allocated defer
//	./returns_4x4.go:15:2: stack-allocated defer
//	./returns_4x4.go:16:2: stack-allocated defer
//	./returns_4x4.go:17:2: stack-allocated defer
//
// 4 defers x 4 returns = 16: over Go's limit of 15, so runtime defer records are used.
package main

import "fmt"

func classify(n int) (s string) {
	defer fmt.Println("  d1", n)         // want-defer: runtime
	defer fmt.Println("  d2", n)         // want-defer: runtime
	defer fmt.Println("  d3", n)         // want-defer: runtime
	defer func() { s = "<" + s + ">" }() // want-defer: runtime
	if n < 0 {
		return "negative"
	}
	if n == 0 {
		return "zero"
	}
	if n < 10 {
		return "small"
	}
	return "large"
}

func main() {
	for _, n := range [4]int{-5, 0, 7, 42} {
		fmt.Println(classify(n))
	}
}
