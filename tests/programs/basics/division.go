package main

import "fmt"

func main() {
	for _, a := range [4]int{7, -7, 7, -7} {
		_ = a
	}
	as := [4]int{7, -7, 7, -7}
	bs := [4]int{2, 2, -2, -2}
	for i := 0; i < 4; i++ {
		fmt.Println(as[i], "/", bs[i], "=", as[i]/bs[i], "rem", as[i]%bs[i])
	}
	var u uint = 7
	fmt.Println(u/2, u%2, -7/2, -7%2, 7.0/2)
	x := 10.0
	fmt.Println(x/3, x/4, -x/8)
	var f float64 = 1
	var zero float64
	fmt.Println(f/zero, -f/zero, zero/zero == zero/zero)
	var i8 int8 = -100
	fmt.Println(i8/7, i8%7, i8>>1, uint8(i8)>>1)
}
