// A function that returns a closure which itself uses defer; the closure is called many times.
package main

import "fmt"

func makeLogger(prefix string) func(int) int {
	n := 0
	return func(x int) (r int) {
		defer func() { n++; fmt.Println(prefix, "call", n, "result", r) }()
		r = x * x
		return
	}
}

func main() {
	log := makeLogger("sq")
	total := 0
	for i := 1; i <= 4; i++ {
		total += log(i)
	}
	fmt.Println("total", total)
}
