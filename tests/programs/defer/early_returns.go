package main

import "fmt"

func steps(n int) string {
	defer fmt.Println("  cleanup A")
	if n == 0 {
		return "zero"
	}
	defer fmt.Println("  cleanup B")
	if n == 1 {
		return "one"
	}
	defer fmt.Println("  cleanup C")
	if n == 2 {
		return "two"
	}
	fmt.Println("  fell through")
	return "many"
}

func main() {
	for i := 0; i < 4; i++ {
		fmt.Println("steps", i)
		fmt.Println("  ->", steps(i))
	}
}
