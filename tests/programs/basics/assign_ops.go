package main

import "fmt"

func main() {
	x := 10
	x += 5
	x -= 3
	x *= 4
	x /= 5
	x %= 7
	x++
	x--
	x++
	fmt.Println(x)
	s := "a"
	s += "b"
	s += s
	fmt.Println(s)
	var arr [3]int
	arr[0]++
	arr[1] += 5
	arr[2] = arr[1] * 2
	i := 0
	arr[i], i = 100, 2
	fmt.Println(arr, i)
	a, b, c := 1, 2, 3
	a, b, c = c, a, b
	fmt.Println(a, b, c)
	var p *int = &a
	*p += 10
	fmt.Println(a)
	_ = b
	_, c = 5, 6
	fmt.Println(c)
	var (
		m    int
		n    = "n"
		o, q = 1.5, true
	)
	fmt.Println(m, n, o, q)
}
