// A recovered panic is forgotten: a later, unrelated unrecovered panic prints only itself
// (no "[recovered]" line for the earlier one).
package main

import "fmt"

func g() {
	defer func() { fmt.Println("recovered:", recover()) }()
	panic("first, recovered")
}

func main() {
	g()
	defer fmt.Println("main defer")
	panic("second, unrecovered")
}
