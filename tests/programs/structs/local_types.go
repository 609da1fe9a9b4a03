// Types declared inside functions: structs, named basic types, self-referential structs.
package main

import "fmt"

func main() {
	type point struct{ x, y int }
	type celsius float64
	p := point{1, 2}
	q := point{x: 3}
	c := celsius(21.5)
	fmt.Println(p, q, c, p == q)
	fmt.Printf("%v %+v %T %T\n", p, q, p, c)
	type list struct {
		v    int
		next *list
	}
	l := &list{1, &list{2, nil}}
	fmt.Println(l.v, l.next.v, l.next.next == nil)
	pts := []point{{1, 1}, {2, 4}}
	for _, pt := range pts {
		fmt.Print(pt.x*pt.y, " ")
	}
	fmt.Println()
}
