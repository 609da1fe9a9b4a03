package main

import (
	"fmt"

	"example.com/unexported/lib"
)

func main() {
	fmt.Println(lib.Exported)
	fmt.Println(lib.hidden)
	fmt.Println(lib.helper())
	fmt.Println(lib.Missing)
	t := lib.T{Pub: 1}
	fmt.Println(t.priv)
}
