// A nil pointer fault, then a panic raised in a deferred call while it unwinds, neither recovered:
// both are listed and the [signal SIGSEGV ...] line comes after the whole chain.
package main

import "fmt"

func main() {
	defer func() {
		panic("after the fault")
	}()
	defer fmt.Println("deferred before the fault runs")
	var p *[2]int
	p[1] = 3
}
