package main

import "fmt"

func sum(label string, nums ...int) {
	t := 0
	for _, n := range nums {
		t += n
	}
	fmt.Println(label, len(nums), t)
}

func join(sep string, parts ...string) {
	s := ""
	for i, p := range parts {
		if i > 0 {
			s += sep
		}
		s += p
	}
	fmt.Println(s)
}

func main() {
	a, b := 1, 2
	defer sum("none")
	defer sum("three", a, b, a+b)
	defer join("-", "x", "y", "z")
	defer fmt.Println("fmt variadic", a, b, "s", 1.5, true)
	a, b = 100, 200
	sum("now", a, b)
}
