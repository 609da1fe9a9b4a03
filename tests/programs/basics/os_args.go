package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("args:", len(os.Args))
	fmt.Println("program name set:", len(os.Args[0]) > 0)
	for i, a := range os.Args {
		if i > 0 {
			fmt.Println("extra arg", a)
		}
	}
}
