// Package math/cmplx, bit for bit: every function over special values (signed zeros,
// infinities, NaNs) and ordinary ones, including huge arguments of Tan (reduced modulo π).
package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

// The parts' bits; a NaN's sign and payload are the hardware's (x86 and arm64 differ), so
// NaNs print as NaN.
func f64(f float64) string {
	if f != f {
		return "NaN"
	}
	return fmt.Sprintf("%016x", math.Float64bits(f))
}

func bits(c complex128) string { return f64(real(c)) + ":" + f64(imag(c)) }

func main() {
	inf, nan := math.Inf(1), math.NaN()
	nz := math.Copysign(0, -1)
	fs := []float64{0, nz, 1, -1, 0.5, -2.5, 3, 1e-310, 1e10, -1e300, 1e31, inf, -inf, nan}
	unary := []struct {
		name string
		f    func(complex128) complex128
	}{
		{"Sqrt", cmplx.Sqrt}, {"Exp", cmplx.Exp}, {"Log", cmplx.Log}, {"Log10", cmplx.Log10},
		{"Sin", cmplx.Sin}, {"Cos", cmplx.Cos}, {"Tan", cmplx.Tan}, {"Cot", cmplx.Cot},
		{"Sinh", cmplx.Sinh}, {"Cosh", cmplx.Cosh}, {"Tanh", cmplx.Tanh},
		{"Asin", cmplx.Asin}, {"Acos", cmplx.Acos}, {"Atan", cmplx.Atan},
		{"Asinh", cmplx.Asinh}, {"Acosh", cmplx.Acosh}, {"Atanh", cmplx.Atanh},
		{"Conj", cmplx.Conj},
	}
	// Each function over the whole grid: the results of the first rows as they are, a hash
	// (FNV-1a) of all of them.
	for _, u := range unary {
		fmt.Print(u.name, ":")
		h := uint64(14695981039346656037)
		for k, r := range fs {
			for _, i := range fs {
				s := bits(u.f(complex(r, i)))
				for j := 0; j < len(s); j++ {
					h = (h ^ uint64(s[j])) * 1099511628211
				}
				if k < 3 {
					fmt.Print(" ", s)
				}
			}
		}
		fmt.Printf(" hash %016x\n", h)
	}
	for _, r := range fs {
		for _, i := range fs {
			x := complex(r, i)
			rr, th := cmplx.Polar(x)
			fmt.Println(f64(cmplx.Abs(x)), f64(cmplx.Phase(x)), f64(rr), f64(th), cmplx.IsInf(x), cmplx.IsNaN(x), bits(cmplx.Rect(r, i)))
		}
	}
	ps := []complex128{0, 1, -1, 1i, 2 + 3i, -0.5 - 0.5i, complex(inf, 0), complex(0, nan), 1e-300, complex(nz, 0)}
	for _, x := range ps {
		for _, y := range ps {
			if x == 0 && real(y) != real(y) && math.IsInf(imag(y), 0) {
				continue // Go panics "not reached" there
			}
			fmt.Print(bits(cmplx.Pow(x, y)), " ")
		}
		fmt.Println()
	}
	for _, x := range []float64{1e8, 1e15, 1e16, 1e20, 1e100, 1e300, 3.14159e19, math.MaxFloat64} {
		fmt.Println(cmplx.Tan(complex(x, 0.5)), cmplx.Cot(complex(-x, 0.25)), cmplx.Atan(complex(x, 1)))
	}
	fmt.Println(cmplx.Inf(), cmplx.NaN(), cmplx.Sqrt(-1), cmplx.Exp(math.Pi*1i), cmplx.Abs(3+4i))
	fmt.Printf("%.4f %.4f\n", cmplx.Pow(1i, 1i), cmplx.Log(-1))
}
