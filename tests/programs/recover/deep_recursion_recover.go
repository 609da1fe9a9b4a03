// A panic at the bottom of 10,000 recursive frames, each with a defer, unwinds all of them (every
// defer runs, innermost first) and is recovered at the top.
package main

import "fmt"

var ran int
var last int

func down(n int) int {
	defer func() {
		ran++
		if last != n+1 {
			fmt.Println("out of order at", n, "after", last)
		}
		last = n
	}()
	if n == 10000 {
		panic(fmt.Sprint("bottom at depth ", n))
	}
	return down(n+1) + 1
}

func top() (depth int) {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		depth = -1
	}()
	last = 10001 // the deepest frame (10000) runs its defer first
	return down(1)
}

func main() {
	fmt.Println("top returned", top())
	fmt.Println("defers run:", ran, "last frame:", last)
}
