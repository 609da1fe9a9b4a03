// recover in functions whose defers are compiled differently: runtimeDefers has a defer in a loop
// (so all its defers use the runtime path), openDefers has only straight-line defers (open-coded),
// and they call each other; each frame's defers run in order and results are what the deferred
// functions left.
package main

import "fmt"

func runtimeDefers(n int) (sum int) {
	defer func() { // want-defer: runtime
		if r := recover(); r != nil {
			fmt.Println("runtimeDefers recovered:", r, "sum", sum)
			sum = -sum
		}
	}()
	for i := 1; i <= n; i++ {
		defer func(i int) { // want-defer: runtime
			fmt.Println("  loop defer", i)
			sum += i
		}(i)
	}
	defer fmt.Println("  straight-line defer after the loop") // want-defer: runtime
	openDefers(n)
	return 1000
}

func openDefers(n int) {
	defer fmt.Println("  openDefers defer 1") // want-defer: open-coded
	defer func() {                            // want-defer: open-coded
		fmt.Println("  openDefers defer 2, n =", n)
	}()
	if n > 2 {
		panic(fmt.Sprintf("n=%d too big", n))
	}
}

func openRecover(n int) (res int) {
	defer func() { // want-defer: open-coded
		if r := recover(); r != nil {
			fmt.Println("openRecover recovered:", r)
			res = 99
		}
	}()
	defer fmt.Println("  openRecover defer") // want-defer: open-coded
	return runtimeLoopPanic(n)
}

func runtimeLoopPanic(n int) int {
	for i := 0; i < n; i++ {
		defer fmt.Println("  runtimeLoopPanic loop defer", i) // want-defer: runtime
	}
	panic("from runtimeLoopPanic")
}

func main() {
	fmt.Println("result:", runtimeDefers(2))
	fmt.Println("result:", runtimeDefers(3))
	fmt.Println("result:", openRecover(3))
}
