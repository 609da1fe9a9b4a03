package main

import "fmt"

const Big = 1 << 100
const Small = Big >> 99
const Pi = 3.14159265358979323846
const Third = 1.0 / 3
const Name = "const" + "ant"
const typed int32 = 1 << 20

func main() {
	fmt.Println(Small, Big/(1<<98), Big>>97)
	fmt.Println(Pi, Pi*2, Third*3, Third)
	fmt.Println(Name, len(Name))
	fmt.Println(typed, typed*2)
	fmt.Printf("%T %T %T %T\n", Small, Pi, Name, typed)
	var f float64 = 1 / 2
	var g float64 = 1.0 / 2
	h := 7 / 2
	k := 7 / 2.0
	fmt.Println(f, g, h, k)
	const c = 'a' + 1
	fmt.Println(c, string(rune(c)))
	fmt.Printf("%T %v\n", c, c)
	const huge = 1e300 * 1e300 / 1e300
	fmt.Println(huge)
	var u8 uint8 = 255 + 1 - 1
	fmt.Println(u8, 5%3, -5%3, 1<<10-1)
	x := 10
	fmt.Println(x/3*3, 2.5*4, float64(x)/4)
}
