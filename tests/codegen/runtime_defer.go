// A defer in a loop cannot be open-coded: each statement pushes a record on the goroutine's
// defer list (deferproc, inlined for a pooled record), and the exit pops them (deferreturn).
//
// codegen: main.deferInLoop
// property: main.deferInLoop runtime-defer
package main

//go:noinline
func deferInLoop(n int) {
	for i := 0; i < n; i++ {
		defer println(i)
	}
}

func main() {
	deferInLoop(3)
}
