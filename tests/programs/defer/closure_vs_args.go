package main

import "fmt"

func main() {
	x := 1
	arr := [3]int{1, 2, 3}
	p := &arr
	defer func(v int, a [3]int, q *[3]int) {
		fmt.Println("args:", v, a, *q)
	}(x, arr, p)
	defer func() {
		fmt.Println("captured:", x, arr, *p)
	}()
	x = 2
	arr[1] = 20
	p[2] = 30
	fmt.Println("body:", x, arr)
}
