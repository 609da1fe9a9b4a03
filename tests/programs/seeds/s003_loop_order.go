// Article 003, 1.2 "作用域": defers in a for loop print 4 3 2 1 0.
package main

import "fmt"

func main() {
	for i := 0; i < 5; i++ {
		// FILO: the first defer is at the bottom of the stack and runs last.
		defer fmt.Println(i)
	}
}
