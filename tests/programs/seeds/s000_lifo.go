// Article 000, 1.1: defers are pushed on a stack and run LIFO when main returns.
package main

import "fmt"

func main() {
	defer fmt.Println("defer1...")
	defer fmt.Println("defer2...")
	fmt.Println("main...")
}
