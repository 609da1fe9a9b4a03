// go build -gcflags=-d=defer (Go 1.19) reports:
//
//	./goto_loop.go:15:2: heap-allocated defer
//	./goto_loop.go:24:2: open-coded defer
//	./goto_loop.go:30:2: open-coded defer
//
// A backward goto makes a loop: a defer after the label may run many times.
package main

import "fmt"

func gotoLoop(n int) (r int) {
	i := 0
top:
	defer func(i int) { r = r*10 + i }(i) // want-defer: runtime
	i++
	if i < n {
		goto top
	}
	return 0
}

func forwardGoto(skip bool) {
	defer fmt.Println("forward: first") // want-defer: open-coded
	if skip {
		goto done
	}
	fmt.Println("forward: not skipped")
done:
	defer fmt.Println("forward: after label") // want-defer: open-coded
	fmt.Println("forward: end")
}

func main() {
	fmt.Println(gotoLoop(4))
	forwardGoto(true)
	forwardGoto(false)
}
