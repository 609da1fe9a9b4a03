package main

import (
	"fmt"

	"example.com/buildtags/plat"
)

func main() {
	fmt.Println("os:", plat.OS(), "word size:", plat.WordBits)
	fmt.Println("features:", features)
	fmt.Println(plat.Describe())
}
