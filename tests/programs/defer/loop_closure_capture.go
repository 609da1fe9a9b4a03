// Go 1.19: a three-clause for loop has ONE variable for the whole loop, and so does a range loop;
// deferred closures capture that variable and see its final value. Passing it as an argument
// copies the value at defer time.
package main

import "fmt"

func closures() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println("closure sees i =", i) }()
	}
}

func args() {
	for i := 0; i < 3; i++ {
		defer func(v int) { fmt.Println("argument v =", v) }(i)
	}
}

func copies() {
	for i := 0; i < 3; i++ {
		i := i
		defer func() { fmt.Println("per-iteration copy =", i) }()
	}
}

func rangeArray() {
	words := [3]string{"x", "y", "z"}
	for k, w := range words {
		defer func() { fmt.Println("range closure sees", k, w) }()
	}
}

func main() {
	closures()
	args()
	copies()
	rangeArray()
}
