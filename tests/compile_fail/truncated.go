package main

import "fmt"

func add(a, b int) int {
	return a + b
}

func main() {
	defer fmt.Println(add(1, 2))
	for i := 0; i < 3; i++ {
		fmt.Println(i