package main

import "fmt"

func main() {
	fmt.Println(int(7.0 / 2)) // ERROR "cannot convert 7.0 / 2 (untyped float constant 3.5) to type int"
}
