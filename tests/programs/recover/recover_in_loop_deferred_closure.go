// Closures deferred in a loop: the first one to run (the last deferred) recovers, the others get
// nil. Each closure also defers a function that calls recover: it is not called directly by the
// panic, so it gets nil, except in the closure that panics itself.
package main

import "fmt"

func f() (log string) {
	for i := 0; i < 4; i++ {
		defer func(i int) {
			defer func() {
				r := recover()
				fmt.Println("  inner defer of closure", i, "recover:", r)
				if r != nil {
					log += fmt.Sprint(" inner", i, "=", r)
				}
			}()
			r := recover()
			fmt.Println("closure", i, "recover:", r)
			if r != nil {
				log += fmt.Sprint(" closure", i, "=", r)
			}
			if i == 1 {
				panic("from closure 1")
			}
		}(i)
	}
	panic("loop panic")
}

func main() {
	fmt.Println("log:", f())
}
