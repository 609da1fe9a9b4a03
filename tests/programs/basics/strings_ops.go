package main

import "fmt"

func main() {
	a := "hello"
	b := "world"
	c := a + ", " + b
	fmt.Println(c, len(c))
	fmt.Println(a < b, a == "hello", a != b, "abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a")
	fmt.Println(c[0], c[len(c)-1], string(c[1]))
	s := "héllo, 世界"
	fmt.Println(len(s), s[1], s[2])
	x := ""
	for i := 0; i < 5; i++ {
		x += string(rune('a' + i))
	}
	fmt.Println(x)
	x += x
	fmt.Println(x, len(x))
	var empty string
	fmt.Println(empty == "", len(empty))
	fmt.Printf("%q %q\n", empty, "tab\there")
	bs := "bytes"
	n := 0
	for i := 0; i < len(bs); i++ {
		n += int(bs[i])
	}
	fmt.Println(n)
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)))
}
