// Slicing a local array makes a slice that points into it: the array outlives the call (it
// escapes to the heap), whether the function is called directly, as a method, or through a
// method value or a closure.
package main

import "fmt"

type Thing struct{ n int }

func (t *Thing) wrap(s string) []string {
	arr := [2]string{s, fmt.Sprint(t.n)}
	return arr[:]
}

func plain(x int) []int {
	var a [3]int
	a[0] = x
	s := a[1:]
	s[0] = x * 2
	return a[:]
}

func grid(x int) [][]int {
	var rows [2][2]int
	rows[0][0], rows[1][1] = x, -x
	return [][]int{rows[0][:], rows[1][:]}
}

func main() {
	t := &Thing{7}
	a := t.wrap("foo")
	_ = t.wrap("bar")
	f := t.wrap
	b := f("baz")
	_ = f("qux")
	fmt.Println(a, b)
	p := plain(1)
	_ = plain(2)
	fmt.Println(p)
	g := grid(3)
	_ = grid(4)
	fmt.Println(g)
	mk := func(v int) []int { arr := [1]int{v}; return arr[:] }
	x, y := mk(1), mk(2)
	fmt.Println(x, y)
}
