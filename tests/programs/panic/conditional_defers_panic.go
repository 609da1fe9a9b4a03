// Go's runtime TestConditionalDefers, with the panic and recover: want [4 2 1].
package main

import "fmt"

var list [10]int
var n int

func testConditionalDefers(k int) {
	doappend := func(i int) {
		list[n] = i
		n++
	}

	defer doappend(1)
	if k > 5 {
		defer doappend(2)
		if k > 8 {
			defer doappend(3)
		} else {
			defer doappend(4)
		}
	}
	panic("testConditional")
}

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r, r == "testConditional")
		for i := 0; i < n; i++ {
			fmt.Print(list[i], " ")
		}
		fmt.Println()
	}()
	testConditionalDefers(8)
}
