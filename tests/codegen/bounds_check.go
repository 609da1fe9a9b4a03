// An index expression: one unsigned compare of the index against the length, and a cold call
// to the runtime's bounds panic.
//
// codegen: main.at
// property: main.at no-callee-saved
package main

//go:noinline
func at(xs []int, i int) int { return xs[i] }

func main() {
	println(at([]int{1, 2, 3}, 2))
}
