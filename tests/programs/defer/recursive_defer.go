package main

import "fmt"

var depth = 0

func countdown(n int) {
	depth++
	defer func() { depth-- }()
	defer fmt.Println("unwind", n, "depth", depth)
	if n == 0 {
		fmt.Println("bottom, depth", depth)
		return
	}
	countdown(n - 1)
}

func fact(n int) (r int) {
	defer func() {
		if n <= 1 {
			r = 1
			return
		}
		r = n * fact(n-1)
	}()
	return 0
}

func main() {
	countdown(4)
	fmt.Println("depth after:", depth)
	defer countdown(1)
	fmt.Println(fact(10))
}
