package main

// In a tuple assignment the nil checks and bounds checks of the left side happen when each
// assignment is carried out, left to right, after the right side was evaluated: assignments
// before the failing one take effect.

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	f()
}

var g int

func main() {
	m := map[string]int{}
	var p *int
	try("nil pointer second", func() { m["a"], *p = 1, 2 })
	fmt.Println(len(m), m["a"])

	s := []int{}
	try("index second", func() { m["b"], s[3] = 2, 3 })
	fmt.Println(len(m), m["b"])

	type P struct{ i int }
	var q *P
	try("field of nil second", func() { m["c"], q.i = 3, 4 })
	fmt.Println(len(m))

	var nm map[string]int
	try("nil map first", func() { nm["x"], g = 1, 2 })
	fmt.Println(g)

	a := 1
	pa := &a
	try("nil map second", func() { *pa, nm["y"] = 5, 6 })
	fmt.Println(a)

	arr := []int{10, 20}
	idx := func(i int) int { fmt.Println("index operand", i); return i }
	try("operands first", func() { arr[idx(0)], arr[idx(5)] = len(fmt.Sprint("rhs")), 7 })
	fmt.Println(arr)
}
