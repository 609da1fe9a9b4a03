package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("not printed")
	fmt.Println("exit 0 explicitly")
	if len(os.Args) > 0 {
		os.Exit(0)
	}
}
