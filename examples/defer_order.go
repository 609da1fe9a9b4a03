// Deferred calls run when the function returns, last-in first-out, with the arguments they were
// given at the defer statement.
package main

import "fmt"

func main() {
	fmt.Println("counting")
	for i := 0; i < 4; i++ {
		defer fmt.Println(i)
	}
	fmt.Println("done")
}
