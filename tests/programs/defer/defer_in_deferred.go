package main

import "fmt"

func inner(depth int) {
	defer fmt.Println("inner defer", depth)
	if depth > 0 {
		defer inner(depth - 1)
	}
	fmt.Println("inner body", depth)
}

func main() {
	defer func() {
		defer func() {
			defer fmt.Println("level 3")
			fmt.Println("level 2 body")
		}()
		fmt.Println("level 1 body")
	}()
	defer inner(2)
	fmt.Println("main body")
}
