// Article 002, 2.2 (verbatim): the deferred argument is the array's address, so the final
// contents are printed: 10 2 3.
package main

import "fmt"

func printArray(array *[3]int) {
	for i := range array {
		fmt.Println(array[i])
	}
}

func deferFuncParameter() {
	var aArray = [3]int{1, 2, 3}

	defer printArray(&aArray)

	aArray[0] = 10
	return
}

func main() {
	deferFuncParameter()
}
