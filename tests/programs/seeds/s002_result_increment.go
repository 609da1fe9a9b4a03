// Article 002, 2.3 and 3.3.1: `return i` sets result = 1, then the deferred closure makes it 2.
package main

import "fmt"

func deferFuncReturn() (result int) {
	i := 1

	defer func() {
		result++
	}()

	return i
}

func main() {
	fmt.Println(deferFuncReturn())
}
