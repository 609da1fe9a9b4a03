package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func fact(n uint64) uint64 {
	if n == 0 {
		return 1
	}
	return n * fact(n-1)
}

func even(n int) bool {
	if n == 0 {
		return true
	}
	return odd(n - 1)
}

func odd(n int) bool {
	if n == 0 {
		return false
	}
	return even(n - 1)
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	if n == 3 {
		fmt.Println("move disk 3 from", from, "to", to)
	}
	hanoi(n-1, via, to, from, moves)
}

func deep(n int) int {
	if n == 0 {
		return 0
	}
	return 1 + deep(n-1)
}

func main() {
	fmt.Println(fib(25), fact(20), fact(25))
	fmt.Println(even(10), odd(7), even(7))
	moves := 0
	hanoi(5, "A", "C", "B", &moves)
	fmt.Println("moves", moves)
	fmt.Println(deep(100000))
}
