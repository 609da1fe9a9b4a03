// Slices: literals (keyed, nested, empty), append with Go 1.19 growth, copy, make, nil slices, spreads, and makeslice panics.
package main

import "fmt"

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	s := []int{1, 2, 3}
	s = append(s, 4, 5)
	fmt.Println(s, len(s), cap(s))
	var n []string
	fmt.Println(n == nil, len(n))
	n = append(n, "a", "b")
	fmt.Println(n, n == nil)
	m := make([]int, 3, 10)
	fmt.Println(m, len(m), cap(m))
	c := copy(m, s)
	fmt.Println(c, m)
	b := []byte("hi")
	b = append(b, " there"...)
	fmt.Println(string(b))
	t := append([]int{}, s...)
	t[0] = 100
	fmt.Println(s, t, sum(t...))
	grid := [][]int{{1, 2}, {3}, {}}
	fmt.Println(grid, len(grid[2]))
	k := []string{2: "c", 0: "a"}
	fmt.Printf("%q %d\n", k, len(k))
	var x []int
	for i := 0; i < 20; i++ {
		x = append(x, i*i)
	}
	fmt.Println(x[5:8], cap(x))
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	l := -1
	_ = make([]int, l)
}
