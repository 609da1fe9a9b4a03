// The shape of Go's runtime TestConditionalDefers (want [4 2 1]), without panic: the list is an
// array and a length.
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
}

func show(k int) {
	n = 0
	testConditionalDefers(k)
	fmt.Print("k=", k, " [")
	for i := 0; i < n; i++ {
		if i > 0 {
			fmt.Print(" ")
		}
		fmt.Print(list[i])
	}
	fmt.Println("]")
}

func main() {
	show(8)
	show(9)
	show(3)
}
