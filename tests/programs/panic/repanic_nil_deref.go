// A recovered nil pointer dereference re-panicked: the report keeps the [signal SIGSEGV ...]
// line of the original fault.
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(fmt.Sprint("wrapped: ", r))
	}()
	var p *int
	fmt.Println(*p)
}
