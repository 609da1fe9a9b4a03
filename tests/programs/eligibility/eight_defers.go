// go build -gcflags=-d=defer (Go 1.19) reports:
//
//	./eight_defers.go:18:2: open-coded defer
//	./eight_defers.go:19:2: open-coded defer
//	./eight_defers.go:20:2: open-coded defer
//	./eight_defers.go:21:2: open-coded defer
//	./eight_defers.go:22:2: open-coded defer
//	./eight_defers.go:23:2: open-coded defer
//	./eight_defers.go:24:2: open-coded defer
//	./eight_defers.go:25:2: open-coded defer
//
// 8 defers in one function: Go open-codes all of them (the limit is 8).
package main

import "fmt"

func eight(x int) int {
	defer fmt.Println("d1", x)   // want-defer: open-coded
	defer fmt.Println("d2", x+1) // want-defer: open-coded
	defer fmt.Println("d3", x+2) // want-defer: open-coded
	defer fmt.Println("d4", x+3) // want-defer: open-coded
	defer fmt.Println("d5", x+4) // want-defer: open-coded
	defer fmt.Println("d6", x+5) // want-defer: open-coded
	defer fmt.Println("d7", x+6) // want-defer: open-coded
	defer fmt.Println("d8", x+7) // want-defer: open-coded
	return x * 2
}

func main() {
	fmt.Println(eight(10))
}
