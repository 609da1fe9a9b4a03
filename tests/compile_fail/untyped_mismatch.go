package main

import "fmt"

func main() {
	fmt.Println('c' == "c") // ERROR "mismatched types untyped rune and untyped string"
	fmt.Println(true + 1)   // ERROR "mismatched types untyped bool and untyped int"
}
