package main

import "unsafe"

func main() {
	var x int
	_ = unsafe.Slice(x, 1) // ERROR "invalid argument: x (variable of type int) is not a pointer"
}
