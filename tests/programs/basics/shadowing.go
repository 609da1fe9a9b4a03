package main

import "fmt"

var x = "package"

func show() { fmt.Println("show sees", x) }

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	{
		x := 3
		x++
		fmt.Println("block", x)
	}
	if x := 1.5; x > 1 {
		fmt.Println("if", x)
	} else {
		x := "else"
		fmt.Println(x)
	}
	for x := 0; x < 2; x++ {
		fmt.Println("for", x)
	}
	fmt.Println(x)
	show()
	var err error
	a := 1
	{
		a, err := 2, fmt.Errorf("inner")
		fmt.Println(a, err)
	}
	b, err := 3, fmt.Errorf("outer")
	fmt.Println(a, b, err)
	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))
	true := false
	fmt.Println(true)
}
