package main

import "fmt"

func main() {
	var b int8 = 200 // ERROR "cannot use 200 (untyped int constant) as int8 value in variable declaration (overflows)"
	fmt.Println(b)
}
