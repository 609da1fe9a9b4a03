// A panic crosses 5 frames without defers, then 3 frames with defers (each frame's defers run in
// LIFO order, innermost frame first), and is recovered in main's deferred function; nothing after
// a call that panicked runs.
package main

import "fmt"

func n5() { panic("deep") }
func n4() { n5(); fmt.Println("n4 not reached") }
func n3() { n4(); fmt.Println("n3 not reached") }
func n2() { n3(); fmt.Println("n2 not reached") }
func n1() { n2(); fmt.Println("n1 not reached") }

func d3() {
	defer fmt.Println("d3 defer 1")
	defer fmt.Println("d3 defer 2")
	n1()
	fmt.Println("d3 not reached")
}

func d2() {
	defer fmt.Println("d2 defer 1")
	defer func() { fmt.Println("d2 defer 2") }()
	d3()
	fmt.Println("d2 not reached")
}

func d1() {
	defer fmt.Println("d1 defer 1")
	for i := 0; i < 2; i++ {
		defer fmt.Println("d1 loop defer", i)
	}
	d2()
	fmt.Println("d1 not reached")
}

func main() {
	defer func() { fmt.Println("main recovered:", recover()) }()
	defer fmt.Println("main defer")
	d1()
	fmt.Println("main not reached")
}
