// Article 002, 2.1: the argument of fmt.Println(aInt) is fixed at the defer statement: prints 1.
package main

import "fmt"

func deferFuncParameter() {
	var aInt = 1

	defer fmt.Println(aInt)

	aInt = 2
	return
}

func main() {
	deferFuncParameter()
}
