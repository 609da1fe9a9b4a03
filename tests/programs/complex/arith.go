// Complex arithmetic, bit for bit: + - * / and unary - on complex128 and complex64 over
// special values (signed zeros, infinities, NaNs, extremes), == and !=, op-assignment and ++.
package main

import (
	"fmt"
	"math"
)

// The parts' bits; a NaN's sign and payload are the hardware's (x86 and arm64 differ), so
// NaNs print as NaN.
func bits(c complex128) string {
	return f64(real(c)) + ":" + f64(imag(c))
}

func f64(f float64) string {
	if f != f {
		return "NaN"
	}
	return fmt.Sprintf("%016x", math.Float64bits(f))
}

func f32(f float32) string {
	if f != f {
		return "NaN"
	}
	return fmt.Sprintf("%08x", math.Float32bits(f))
}

func bits64(c complex64) string {
	return f32(real(c)) + ":" + f32(imag(c))
}

// sum is an FNV-1a hash of every result line; the first lines are printed as they are.
var (
	sum   uint64 = 14695981039346656037
	lines int
)

func out(s string) {
	for i := 0; i < len(s); i++ {
		sum = (sum ^ uint64(s[i])) * 1099511628211
	}
	if lines++; lines <= 200 {
		fmt.Println(s)
	}
}

func ops(a, b complex128) {
	out(fmt.Sprint(bits(a+b), bits(a-b), bits(a*b), bits(a/b), a == b, a != b, bits(-a)))
}

func ops64(a, b complex64) {
	out(fmt.Sprint(bits64(a+b), bits64(a-b), bits64(a*b), bits64(a/b), a == b, a != b, bits64(-a)))
}

func main() {
	inf := math.Inf(1)
	nan := math.NaN()
	nz := math.Copysign(0, -1)
	fs := []float64{0, nz, 1, -2.5, 0.1, 1e300, -1e-300, 5e-324, inf, -inf, nan, 3e38}
	var vals []complex128
	for _, r := range fs {
		for _, i := range fs {
			vals = append(vals, complex(r, i))
		}
	}
	seed := uint64(7)
	for k := 0; k < 3000; k++ {
		seed = seed*6364136223846793005 + 1442695040888963407
		a := vals[int(seed>>33)%len(vals)]
		seed = seed*6364136223846793005 + 1442695040888963407
		b := vals[int(seed>>33)%len(vals)]
		ops(a, b)
		ops64(complex64(a), complex64(b))
	}
	fmt.Printf("%d lines, hash %016x\n", lines, sum)

	// Products are computed in float64 even for complex64 (gc widens them).
	x := complex64(complex(float32(16777217.0/16777216.0), float32(1)/3))
	fmt.Println(bits64(x*x), bits64(x*x*x))

	// c++ adds 1+0i: a -0 imaginary part becomes +0.
	c := complex(1, nz)
	c++
	fmt.Println(bits(c))
	c--
	c += 1i
	c *= 2 - 1i
	c /= 1 + 3i
	c -= 0.5
	fmt.Println(c)
	var d complex64 = complex64(c)
	d++
	d /= 3
	d *= d
	fmt.Println(d, -d, +d)
	fmt.Println(bits(-complex(0, 0)), bits64(-complex64(0)))
	var e complex128
	e -= 0
	fmt.Println(bits(e), e == -e, e != -e)
}
