package main

import "fmt"

func divmod(a, b int) (int, int) { return a / b, a % b }

func three() (int, string, bool) { return 1, "two", true }

func named() (x, y int) {
	x = 1
	y = 2
	return
}

func sum(a, b int) int { return a + b }

func sumAll(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func pass() (int, int) { return divmod(17, 5) }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	a, b, c := three()
	fmt.Println(a, b, c)
	_, s, _ := three()
	fmt.Println(s)
	fmt.Println(named())
	fmt.Println(sum(divmod(23, 10)))
	fmt.Println(sum(pass()))
	x, y := 1, 2
	x, y = y, x
	fmt.Println(x, y)
	arr := [3]int{0, 0, 0}
	i := 0
	i, arr[i] = 1, 9
	fmt.Println(i, arr)
	fmt.Println(sumAll(named()))
}
