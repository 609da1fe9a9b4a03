package main

import "fmt"

func pick(n int) {
	switch {
	case n < 0:
		defer fmt.Println("negative cleanup")
	case n == 0:
		defer fmt.Println("zero cleanup")
		fallthrough
	case n < 10:
		defer fmt.Println("small cleanup")
	default:
		defer fmt.Println("big cleanup")
	}
	switch n % 3 {
	case 0:
		defer fmt.Println("  mod 0")
	case 1, 2:
		defer fmt.Println("  mod 1 or 2")
	}
	fmt.Println("pick", n, "body done")
}

func main() {
	pick(-4)
	pick(0)
	pick(5)
	pick(12)
}
