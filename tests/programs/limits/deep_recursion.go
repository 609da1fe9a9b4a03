// Unbounded recursion on the main goroutine: Go 1.19 stops it at the 1 GB stack limit with
// "fatal error: stack overflow" and exit status 2. It is not a panic: neither the defer in
// every frame nor main's recover runs.
package main

import "fmt"

var depth int

func rec(n int) int {
	defer func() { depth-- }()
	depth++
	var buf [128]byte
	buf[n%128] = byte(n)
	return rec(n+1) + int(buf[n%7])
}

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	fmt.Println("recursing")
	fmt.Println(rec(0), depth)
}
