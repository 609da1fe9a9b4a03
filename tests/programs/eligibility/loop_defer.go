// go build -gcflags=-d=defer (Go 1.19) reports:
//
//	./loop_defer.go:14:2: stack-allocated defer
//	./loop_defer.go:16:3: heap-allocated defer
//	./loop_defer.go:25:2: open-coded defer
//
// A defer in a loop can run any number of times: Go heap-allocates its records, and the other
// defer of the same function is then not open-coded either.
package main

import "fmt"

func loop(n int) (r int) {
	defer func() { r += 1000 }() // want-defer: runtime
	for i := 0; i < n; i++ {
		defer func(i int) { r += i; fmt.Println("loop defer", i, "r", r) }(i) // want-defer: runtime
	}
	return 0
}

func afterLoop(n int) (s int) {
	for i := 0; i < n; i++ {
		s += i
	}
	defer func() { s = -s }() // want-defer: open-coded
	return s
}

func main() {
	fmt.Println(loop(4))
	fmt.Println(afterLoop(5))
}
