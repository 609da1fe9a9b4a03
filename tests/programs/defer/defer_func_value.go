// Deferring a func variable: the function value is evaluated at the defer statement, so later
// assignments to the variable do not change what runs.
package main

import "fmt"

func hello() { fmt.Println("hello") }
func bye()   { fmt.Println("bye") }

func main() {
	f := hello
	defer f()
	f = bye
	defer f()
	g := func(s string) { fmt.Println("g:", s) }
	defer g("first g")
	g = func(s string) { fmt.Println("new g:", s) }
	g("called directly")
	var h func(int) int = func(x int) int { fmt.Println("h", x); return x * 2 }
	defer h(21)
	f()
}
