// recover only works when called directly by the deferred function.
package main

import "fmt"

func helper() interface{} { return recover() }

func main() {
	defer func() {
		fmt.Println("direct:", recover())
	}()
	defer func() {
		fmt.Println("indirect:", helper())
	}()
	panic("p")
}
