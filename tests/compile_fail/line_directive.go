package main

import "fmt"

// Line directives change the positions runtime.Caller and tracebacks report; deferc does not
// have them, so a program with one is rejected at the directive.
func main() {
	x := /*line other.go:100*/ 1 // ERROR "unsupported: //line directive"
	fmt.Println(x)
}
