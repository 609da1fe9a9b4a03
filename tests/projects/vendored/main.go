package main

import (
	"fmt"

	"example.com/mathx"
	"example.org/greet"
)

func main() {
	fmt.Println(greet.Hello("vendor"))
	fmt.Println(mathx.Sum(1, 2, 3, 4))
}
