package main

import "fmt"

const (
	A = iota
	B
	C
	_
	E
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const (
	x, y = iota, iota * 10
	z, w
)

const (
	first  = "s"
	second = iota
	third
)

const (
	Read uint8 = 1 << iota
	Write
	Exec
)

func main() {
	fmt.Println(A, B, C, E)
	fmt.Println(KB, MB, GB)
	fmt.Println(x, y, z, w)
	fmt.Println(first, second, third)
	fmt.Println(Read, Write, Exec, Read|Exec)
	fmt.Printf("%T\n", Write)
	const (
		p = iota * 2
		q
		r
	)
	fmt.Println(p, q, r)
}
