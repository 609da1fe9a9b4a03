package main

import "fmt"

func main() {
	defer fmt.Println("deferred runs before the crash")
	defer println("builtin println in defer")
	panic("boom")
}
