// Article 000, 1.1: the deferred call's arguments are copied when the defer statement runs.
package main

import "fmt"

func main() {
	num := 0
	defer fmt.Println("defer 中：num=", num)
	num = 3
	fmt.Println("main中：num=", num)
}
