// String concatenation never changes an existing string, whatever the runtime does to make
// `s += t` in a loop cheap: two results built from one prefix, self-append, and slices.
package main

import "fmt"

func main() {
	a := ""
	for i := 0; i < 5; i++ {
		a += fmt.Sprint(i)
	}
	x := a + "x"
	y := a + "y"
	fmt.Println(a, x, y)
	s := "ab"
	s += s
	s += s
	fmt.Println(s, len(s))
	t := s[:3]
	u := t + "Z"
	fmt.Println(s, t, u)
	v := s[:len(s)]
	w := v + "!"
	z := v + "?"
	fmt.Println(s, v, w, z)
	big := ""
	for i := 0; i < 3000; i++ {
		big += "0123456789"
	}
	half := big[:15000]
	big2 := big + "end"
	fmt.Println(len(big), len(half), len(big2), big2[29995:], half[14990:])
}
