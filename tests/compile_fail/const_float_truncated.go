package main

import "fmt"

func main() {
	var i int = 1.5 // ERROR "cannot use 1.5 (untyped float constant) as int value in variable declaration (truncated)"
	const third = 1.0 / 3
	var n int = 3 * third // exact arithmetic: 3 * (1.0 / 3) is the integer 1
	var m int = 2 * third // ERROR "cannot use 2 * third (untyped float constant 0.666667) as int value in variable declaration (truncated)"
	fmt.Println(i, n, m)
}
