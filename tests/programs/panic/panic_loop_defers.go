// Defers registered in a loop (runtime path) all run while a panic unwinds, then recover.
package main

import "fmt"

func f() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("loop defer", i)
	}
	panic("in f")
}

func main() {
	defer func() { fmt.Println("main recovered:", recover()) }()
	f()
}
