// runtime.Goexit deep in the call stack runs every pending defer of every frame, innermost first;
// recover returns nil during it and does not stop it; named results set by defers don't matter
// because no frame returns.
package main

import (
	"fmt"
	"runtime"
)

func c() {
	defer func() {
		r := recover()
		fmt.Println("c defer: recover =", r, r == nil)
	}()
	runtime.Goexit()
	fmt.Println("c not reached")
}

func b() (n int) {
	defer func() {
		n = 7
		fmt.Println("b defer: recover =", recover())
	}()
	for i := 0; i < 2; i++ {
		defer fmt.Println("b loop defer", i)
	}
	c()
	fmt.Println("b not reached")
	return 1
}

func a() {
	defer fmt.Println("a defer")
	fmt.Println("b returned", b())
}

func main() {
	defer fmt.Println("main defer")
	a()
	fmt.Println("main not reached")
}
