// Article 001: defers registered in a loop run in reverse order: 4 3 2 1 0.
package main

import "fmt"

func main() {
	for i := 0; i < 5; i++ {
		defer fmt.Println(i)
	}
}
