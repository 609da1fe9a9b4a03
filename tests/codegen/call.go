// A direct call: arguments in registers, no spills, no saved registers for a value that is
// not live across the call.
//
// codegen: main.add main.caller
// property: main.add no-callee-saved
// property: main.caller no-callee-saved
package main

//go:noinline
func add(a, b int) int { return a + b }

//go:noinline
func caller(x int) int { return add(x, 1) * 2 }

func main() {
	println(caller(20))
}
