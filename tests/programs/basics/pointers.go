package main

import "fmt"

func inc(p *int) { *p++ }

func newInt(v int) *int {
	x := v
	return &x
}

func swap(a, b *string) { *a, *b = *b, *a }

func main() {
	x := 1
	p := &x
	inc(p)
	inc(&x)
	fmt.Println(x, *p, p == &x)
	q := newInt(5)
	r := newInt(5)
	fmt.Println(*q, *r, q == r, *q == *r)
	var nilp *int
	fmt.Println(nilp == nil, p != nil)
	pp := &p
	**pp = 42
	fmt.Println(x)
	s1, s2 := "left", "right"
	swap(&s1, &s2)
	fmt.Println(s1, s2)
	arr := [3]int{1, 2, 3}
	ap := &arr
	ep := &arr[1]
	*ep = 20
	ap[2] = 30
	fmt.Println(arr, len(ap))
	for i, v := range ap {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
}
