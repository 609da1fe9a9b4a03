package main

import "unsafe" // ERROR "unsupported: "

func main() {
	var x int
	_ = unsafe.Sizeof(x)
}
