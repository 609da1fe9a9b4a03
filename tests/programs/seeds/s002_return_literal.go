// Article 002, 3.3.2: unnamed result, `return 1`: the deferred i++ cannot change the result.
package main

import "fmt"

func foo() int {
	var i int

	defer func() {
		i++
	}()

	return 1
}

func main() {
	fmt.Println(foo())
}
