package main

import "fmt"

func divmod(a, b int) (q, r int, ok bool) {
	defer func() {
		if !ok {
			q, r = -1, -1
		}
	}()
	if b == 0 {
		return
	}
	q = a / b
	r = a % b
	ok = true
	return
}

func swapLater(a, b string) (x, y string) {
	defer func() { x, y = y, x }()
	return a, b
}

func counter() (calls int, last string) {
	for i := 0; i < 3; i++ {
		defer func(s string) { calls++; last = s }(fmt.Sprint("d", i))
	}
	return 0, "none"
}

func main() {
	fmt.Println(divmod(17, 5))
	fmt.Println(divmod(1, 0))
	fmt.Println(swapLater("a", "b"))
	fmt.Println(counter())
}
