package main

import "fmt"

func main() {
	a := 1
	b := "x"
	fmt.Println(a + b) // ERROR "invalid operation: a + b (mismatched types int and string)"
}
