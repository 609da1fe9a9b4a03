package main

import "fmt"

func modify(a [3]int) [3]int {
	a[0] = 100
	return a
}

func modifyPtr(a *[3]int) {
	a[0] = 200
	(*a)[1] = 300
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[1] = 20
	fmt.Println(a, b, a == b, a != b)
	c := modify(a)
	fmt.Println(a, c)
	modifyPtr(&a)
	fmt.Println(a, len(a))
	var grid [2][3]int
	for i := 0; i < 2; i++ {
		for j := 0; j < 3; j++ {
			grid[i][j] = i*10 + j
		}
	}
	row := grid[1]
	row[0] = -1
	fmt.Println(grid, row)
	d := [...]string{"x", "y", "z", "w"}
	fmt.Println(len(d), d)
	e := [5]int{1: 10, 3: 30}
	fmt.Println(e)
	var bools [2]bool
	var floats [2]float64
	var strs [2]string
	fmt.Println(bools, floats, strs, len(strs))
	for i, v := range a {
		a[2] = 99 // range over an array iterates over a copy
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println(a)
	fmt.Printf("%v %d\n", grid, e)
}
