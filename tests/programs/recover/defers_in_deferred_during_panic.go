// A deferred function that itself defers calls while a panic is unwinding: its own defers run
// when it returns (before the frame's earlier defers), in LIFO order, then the panic continues.
package main

import "fmt"

func f() {
	defer fmt.Println("f defer 1")
	defer func() {
		defer fmt.Println("  inner defer a")
		defer func() {
			defer fmt.Println("    inner-inner defer")
			fmt.Println("  inner defer b")
		}()
		for i := 0; i < 2; i++ {
			defer fmt.Println("  inner loop defer", i)
		}
		fmt.Println("f defer 2 body")
	}()
	defer fmt.Println("f defer 3")
	panic("unwinding")
}

func main() {
	defer func() { fmt.Println("main recovered:", recover()) }()
	f()
}
