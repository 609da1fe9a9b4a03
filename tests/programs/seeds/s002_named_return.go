// Article 002, 3.3.4: named result, `return 0` then the deferred ret++: returns 1.
package main

import "fmt"

func foo() (ret int) {
	defer func() {
		ret++
	}()

	return 0
}

func main() {
	fmt.Println(foo())
}
