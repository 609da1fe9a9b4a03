// Article 002, 3.3.3: unnamed result, `return i`: the result is a copy of i taken before the
// deferred i++ runs, so 0.
package main

import "fmt"

func foo() int {
	var i int

	defer func() {
		i++
	}()

	return i
}

func main() {
	fmt.Println(foo())
}
