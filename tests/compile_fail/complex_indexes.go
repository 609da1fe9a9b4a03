package main

func main() {
	var s []int
	var a [3]int
	var u uint
	const c = 300 + 0i
	_ = s[1i]             // ERROR "1i (untyped complex constant (0 + 1i)) truncated to int"
	_ = a[1.5+0i]         // ERROR "1.5 + 0i (untyped complex constant (1.5 + 0i)) truncated to int"
	_ = make([]int, 2i)   // ERROR "2i (untyped complex constant (0 + 2i)) truncated to int"
	_ = 1 << 2i           // ERROR "2i (untyped complex constant (0 + 2i)) truncated to uint"
	_ = u << 1.5          // ERROR "1.5 (untyped float constant) truncated to uint"
	var b uint8 = c       // ERROR "cannot use c (untyped complex constant (300 + 0i)) as uint8 value in variable declaration (truncated)"
	var q bool = 1i       // ERROR "cannot use 1i (untyped complex constant (0 + 1i)) as bool value in variable declaration"
	const x complex64 = 1e300i // ERROR "cannot use 1e300i (untyped complex constant (0 + 1e+300i)) as complex64 value in constant declaration (overflows)"
	switch u {
	case 1i: // ERROR "1i (untyped complex constant (0 + 1i)) truncated to uint"
	}
	_, _ = b, q
	_ = s[1+0i] + a[2+0i] + make([]int, 2+0i)[0]
}
