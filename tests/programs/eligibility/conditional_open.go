// go build -gcflags=-d=defer (Go 1.19) reports:
//
//	./conditional_open.go:15:3: open-coded defer
//	./conditional_open.go:18:3: open-coded defer
//	./conditional_open.go:20:3: open-coded defer
//	./conditional_open.go:22:2: open-coded defer
//
// Conditional defers are still open-coded (Go tracks them with a bit mask).
package main

import "fmt"

func cond(a, b bool) {
	if a {
		defer fmt.Println("a") // want-defer: open-coded
	}
	if b {
		defer fmt.Println("b") // want-defer: open-coded
	} else {
		defer fmt.Println("not b") // want-defer: open-coded
	}
	defer fmt.Println("always") // want-defer: open-coded
}

func main() {
	cond(true, true)
	cond(false, false)
	cond(true, false)
}
