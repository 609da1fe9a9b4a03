package main

import "fmt"

func many(a int8, b uint64, c float64, d string, e bool, f [3]int, g *int, h int16, i uint8, j rune, k uint32, l int64) {
	fmt.Println(a, b, c, d, e, f, *g, h, i, j, k, l)
	fmt.Printf("%T %T %T %T %T %T %T %T %T %T %T\n", a, b, c, d, e, f, h, i, j, k, l)
}

func main() {
	var a int8 = -128
	var b uint64 = 18446744073709551615
	c := 3.25
	d := "str"
	e := true
	f := [3]int{1, 2, 3}
	x := 5
	g := &x
	defer many(a, b, c, d, e, f, g, 32767, 255, 'λ', 4000000000, -9223372036854775808)
	a, b, c, d, e = 1, 2, 4.5, "changed", false
	f[0] = 100
	x = 6 // visible through the pointer
	fmt.Println("changed:", a, b, c, d, e, f, x)
}
