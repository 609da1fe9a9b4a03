// Deep but legal recursion on the main goroutine: a million frames, each with a defer, all
// of which run, in three shapes: open-coded defers on the way back, defers in a loop (the
// runtime's records), and a panic at the bottom unwinding every frame to main's recover.
package main

import "fmt"

var calls, sum int

// down has one open-coded defer per frame.
func down(n int) int {
	defer func() { calls++ }()
	if n == 0 {
		return 0
	}
	return down(n-1) + 1
}

// downLoop defers in a loop: one runtime defer record per frame.
func downLoop(n int) int {
	for i := 0; i < 1; i++ {
		defer func(k int) { sum += k }(n)
	}
	if n == 0 {
		return 0
	}
	return downLoop(n-1) + 1
}

// panicDown panics at the bottom; every frame's deferred call runs while the panic unwinds.
func panicDown(n int) int {
	defer func() { calls++ }()
	if n == 0 {
		panic(fmt.Sprint("bottom after ", calls, " calls"))
	}
	return panicDown(n-1) + 1
}

func main() {
	const depth = 1000000
	fmt.Println(down(depth), calls)
	fmt.Println(downLoop(depth), sum)
	calls = 0
	func() {
		defer func() {
			fmt.Println("recovered:", recover(), "then", calls, "deferred calls")
		}()
		panicDown(depth)
	}()
}

// gcstress: 20000
