// Complex constants: imaginary literals in every form, exact arithmetic on untyped constants,
// typed constants rounded to their type after each operation, complex/real/imag folded at
// compile time, and constant conversions.
package main

import "fmt"

const (
	a = 2i
	b = 1.5e3i
	c = 0x1p-2i
	d = 0i
	e = 1_0i
	f = 0123i // decimal, not octal (gofmt would write 123i)
	g = 0o17i
	h = 0b101i
	k = .5i
	l = 1.e2i
	m = 0x_1Fi
	n = 089i
)

const (
	p  = (1 + 2i) * (1 - 2i) // 5
	q  = 1e300i * 1e300i / 1e600
	r  = (1 + 1i) / 3 * 3
	s  = 1 / (1e-200 + 1e-200i)
	t  = 1 + 2i - (1 + 2i)
	u  = -(3 - 4i)
	v  = 'a' * 1i
	w  = complex(1, 2) + complex(0.5, -0.5)
	x  = real(3+4i) * imag(3+4i)
	y  = imag(7)
	z  = real(1.5)
	tc = complex64(1.0000001 + 1e-50i)
	tf = real(tc)
	td = complex128(1.0000001+1e-50i) * 3
)

type C complex64

const named C = 2 + 3i

func main() {
	fmt.Println(a, b, c, d, e, f, g, h, k, l, m, n)
	fmt.Println(p, q, r, s, t, u, v, w, x, y, z)
	fmt.Println(p == 5, q == -1, r == 1+1i, t == 0, u != 3-4i)
	fmt.Printf("%T %T %T %T %T\n", p, x, y, tc, tf)
	fmt.Println(tc, tf, td, named*named, real(named), imag(named))
	fmt.Printf("%T %T %T\n", named, real(named), complex(float32(1), 2))

	// Constants with a zero imaginary part are integers or floats wherever one is needed.
	var arr [4]int
	arr[2+0i] = 7
	sl := make([]int, 3+0i, 4.0+0i)
	var i8 int8 = -128 + 0i
	var u8 uint8 = 255 + 0i
	var f32 float32 = 1.5 + 0i
	var f64 float64 = 1e300 + 0i
	fmt.Println(arr, len(sl), cap(sl), i8, u8, f32, f64)
	fmt.Println(int(2+0i), uint16(65535+0i), float32(0.1+0i), float64(1<<60+0i), (2+0i)<<3)
	fmt.Println(complex64(1), complex128(2.5), complex64(1<<100), complex128(1e308i))
	const big = 1 << 100
	fmt.Println(real(complex(big, big)), imag(big*1i)/big)

	// Untyped complex constants default to complex128.
	var any1 interface{} = 1i
	var any2 interface{} = complex(1, 0)
	z2 := 3 + 0i
	fmt.Printf("%T %v %T %v %T\n", any1, any1, any2, any2, z2)

	switch 2i {
	case 1i:
		fmt.Println("1i")
	case 2i:
		fmt.Println("2i")
	}
	var cv complex64 = 1 - 1i
	switch cv {
	case 1 + 1i:
		fmt.Println("no")
	case 1 - 1i:
		fmt.Println("yes")
	}
	fmt.Println(cv == 1-1i, cv != 1-1i, 1i*1i == -1, 0.1+0.2i == 0.3i+0.1-0.1i)
}
