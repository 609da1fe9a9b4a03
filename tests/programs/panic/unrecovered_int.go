// An unrecovered panic(int) from a nested call: deferred calls of every frame run, then the
// crash report "panic: 42" and exit status 2.
package main

import "fmt"

func inner() {
	defer fmt.Println("inner defer")
	panic(42)
}

func outer() {
	defer fmt.Println("outer defer")
	inner()
	fmt.Println("not reached")
}

func main() {
	defer fmt.Println("main defer")
	outer()
}
