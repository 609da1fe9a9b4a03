package main

import "fmt"

func main() {
	const a int8 = 100
	const b uint8 = 3
	fmt.Println(a * 2)  // ERROR "a * 2 (constant 200 of type int8) overflows int8"
	fmt.Println(-a - a) // ERROR "-a - a (constant -200 of type int8) overflows int8"
	fmt.Println(b - 4)  // ERROR "b - 4 (constant -1 of type uint8) overflows uint8"
	var c int8 = a + 27 // fits: 127
	fmt.Println(c)
}
