package main

import "fmt"

func main() {
	c := complex(1, 2) // ERROR "unsupported: "
	fmt.Println(c)
}
