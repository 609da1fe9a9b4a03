package main

import "fmt"

func main() {
	a := 0.1
	b := 0.2
	fmt.Println(a+b, a+b == 0.3, a*3)
	fmt.Println(1.0, 2.5, -0.5, 1e6, 1e20, 1e21, 1e-4, 1e-5, 123456789.123)
	fmt.Println(float64(1)/3, 2.0/3, 10.0/4)
	var x float64 = 1 << 53
	fmt.Println(x, x+1, x+2)
	fmt.Printf("%v %g %f %e\n", 1e100, 1e100, 1.5, 1.5)
	var neg float64 = -1
	var zero float64
	negZero := zero * neg
	fmt.Println(negZero, zero, 1/negZero)
	c := 7.0
	c /= 2
	c -= 0.25
	c *= 4
	fmt.Println(c, c > 12, c <= 13, c == 13)
	fmt.Println(float32(0.1), float64(float32(0.1)))
	var f32 float32 = 16777216
	fmt.Println(f32+1, f32*2)
}
