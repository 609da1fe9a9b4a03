package main

import "fmt"

func show(label string, p *int, v int) {
	fmt.Println(label, *p, v)
}

func bump(p *int) { *p += 100 }

func main() {
	x := 1
	y := 2
	p := &x
	defer show("p", p, *p)
	p = &y
	defer show("p again", p, *p)
	defer bump(p)
	x = 10
	y = 20
	fmt.Println("body", x, y)
}
