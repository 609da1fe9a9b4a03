// A recovered runtime error re-panicked with the same value: the report shows it [recovered]
// and again (no signal line: the first one was a divide, not a fault).
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(r)
	}()
	zero := 0
	fmt.Println(1 / zero)
}
