package main

import "fmt"

func main() {
	var n int
	n = "a" // ERROR "cannot use \"a\" (untyped string constant) as int value in assignment"
	fmt.Println(n)
}
