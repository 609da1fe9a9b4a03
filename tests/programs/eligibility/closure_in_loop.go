// go build -gcflags=-d=defer (Go 1.19) reports:
//
//	./closure_in_loop.go:15:4: open-coded defer
//	./closure_in_loop.go:16:4: open-coded defer
//
// A defer inside a function literal called in a loop is not "in a loop" for that literal.
package main

import "fmt"

func main() {
	total := 0
	for i := 0; i < 3; i++ {
		func() {
			defer func() { total += i }()     // want-defer: open-coded
			defer fmt.Println("iteration", i) // want-defer: open-coded
		}()
	}
	fmt.Println("total", total)
}
