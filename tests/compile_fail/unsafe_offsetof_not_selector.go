package main

import "unsafe"

func main() {
	var x int
	_ = unsafe.Offsetof(x) // ERROR "invalid argument: x is not a selector expression"
}
