// Three panics, none recovered: the remaining defers of each frame still run between them.
package main

import "fmt"

func f() {
	defer fmt.Println("f: last defer still runs")
	defer func() {
		panic("c")
	}()
	defer fmt.Println("f: runs after b")
	defer func() {
		panic("b")
	}()
	panic("a")
}

func main() {
	defer fmt.Println("main defer runs too")
	f()
}
