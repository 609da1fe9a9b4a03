// A panic at the bottom of 10,000 recursive frames without defers, recovered at the top; then the
// same recursion runs normally again (the stack is usable after the recovery).
package main

import "fmt"

func down(n, limit int) int {
	if n == limit {
		panic(n)
	}
	return down(n+1, limit) + 1
}

func safe(limit int) (r interface{}) {
	defer func() { r = recover() }()
	down(0, limit)
	return "no panic"
}

func count(n int) int {
	if n == 0 {
		return 0
	}
	return count(n-1) + 1
}

func main() {
	fmt.Println(safe(10000))
	fmt.Println(safe(10000))
	fmt.Println(count(10000))
}
