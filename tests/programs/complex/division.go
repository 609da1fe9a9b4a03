// Division follows Go's runtime complex128div: Smith's algorithm, then C99's rules for
// infinite and zero results when both parts come out NaN. Dividing by zero never panics.
package main

import (
	"fmt"
	"math"
)

// A NaN's sign is the hardware's (x86 and arm64 differ): only other signs are shown.
func sign(f float64) string {
	if f != f {
		return "?"
	}
	return fmt.Sprint(math.Signbit(f))
}

func div(a, b complex128) complex128 { return a / b }

func div64(a, b complex64) complex64 { return a / b }

func main() {
	inf, nan := math.Inf(1), math.NaN()
	nz := math.Copysign(0, -1)
	var zero complex128
	cases := [][2]complex128{
		{1 + 2i, 3 + 4i},
		{1, zero},
		{-1, zero},
		{1i, zero},
		{0, zero},
		{complex(nan, 1), zero},
		{complex(nan, nan), zero},
		{1, complex(nz, 0)},
		{1, complex(0, nz)},
		{complex(inf, 0), 2 + 1i},
		{complex(inf, inf), 2 - 1i},
		{complex(-inf, 1), 0.5},
		{1 + 1i, complex(inf, nan)},
		{1 + 1i, complex(nan, -inf)},
		{complex(inf, inf), complex(inf, inf)},
		{1e300 + 1e300i, 1e-300 + 1e-300i},
		{1e-310 + 1i, 1e308 - 1e308i},
		{5, 1e-320i},
		{complex(math.MaxFloat64, math.MaxFloat64), complex(math.MaxFloat64, math.MaxFloat64)},
	}
	for _, c := range cases {
		q := div(c[0], c[1])
		fmt.Println(c[0], "/", c[1], "=", q, sign(real(q)), sign(imag(q)))
		fmt.Println(div64(complex64(c[0]), complex64(c[1])))
	}
	// A constant dividend with a variable zero divisor is no compile-time error.
	fmt.Println(1/zero, 0i/zero, (1+1i)/complex64(zero))
	x := 6 + 8i
	x /= 2i
	fmt.Println(x)
}
