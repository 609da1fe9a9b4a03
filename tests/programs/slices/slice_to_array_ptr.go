package main

// Go 1.17's conversion of a slice to a pointer to an array: it shares the slice's backing
// array and panics when the slice is shorter than the array.

import "fmt"

func main() {
	s := []int{1, 2, 3, 4, 5}
	p := (*[3]int)(s)
	p[0] = 10
	fmt.Println(s, *p, len(p), &p[0] == &s[0])
	q := (*[2]int)(s[3:])
	q[1] = 50
	fmt.Println(s, *q)
	var nilS []int
	z := (*[0]int)(nilS)
	fmt.Println(z == nil, (*[0]int)(s) == nil)
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = (*[8]int)(s)
}
