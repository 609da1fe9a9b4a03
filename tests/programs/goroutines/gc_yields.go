// runtime.GC lets other goroutines run, as Go's blocks its caller during a collection: a
// goroutine that calls it in a loop does not starve main.
package main

import (
	"fmt"
	"runtime"
)

type T struct{ a, b, c, d, e string }

func g() T { return T{"a", "b", "c", "d", "e"} }

var X, Y T

func main() {
	go func() {
		for {
			runtime.GC()
		}
	}()
	for i := 0; i < 1000; i++ {
		runtime.Gosched()
		X = g()
		Y = X
		if X != Y {
			panic("FAIL")
		}
	}
	fmt.Println("done", X == Y)
}
