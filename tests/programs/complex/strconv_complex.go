// strconv.FormatComplex and strconv.ParseComplex: every format, the precisions of complex64
// and complex128, and ParseComplex's accepted forms, range and syntax errors.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	inf := math.Inf(1)
	vals := []complex128{0, 1 + 2i, -1.5 - 0.25i, complex(inf, -inf), complex(math.NaN(), 1), complex(math.Copysign(0, -1), 0), 1e21 + 1e-7i, 0.1 + 0.2i, complex(math.MaxFloat64, math.SmallestNonzeroFloat64)}
	for _, v := range vals {
		for _, f := range []byte{'b', 'e', 'E', 'f', 'g', 'G', 'x', 'X'} {
			for _, prec := range []int{-1, 0, 3} {
				fmt.Print(strconv.FormatComplex(v, f, prec, 128), " ", strconv.FormatComplex(v, f, prec, 64), " ")
			}
		}
		fmt.Println()
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		strconv.FormatComplex(1, 'g', -1, 32)
	}()
	ins := []string{"1+2i", "(1+2i)", "1-2i", "-1.5e3-2.5e-3i", "3i", "-3i", "+3i", "i", "1", "(1)", "1e400+1i", "1+1e400i",
		"1e39+1i", "1+1e39i", "NaN+NaNi", "NaN-NaNi", "Inf-Infi", "+inf+infinityi", "-Infinity", "0x1p-2+0x1.8p1i",
		"1_000+2_0i", "1__0+2i", "1+2", "1+2j", "(1+2i", "1+2i)", " 1+2i", "1 + 2i", "", "()", "1++2i", "1+-2i",
		"1e+2i", "1e+2+1i", "0x1p+2+1i", "0x1+1i", "1e", "1e+i", ".5+.5i", "1.+1.i", "nan", "nani", "+nan+1i", "1+nani", "1+nan"}
	for _, s := range ins {
		c, err := strconv.ParseComplex(s, 128)
		c64, err64 := strconv.ParseComplex(s, 64)
		fmt.Println(fmt.Sprintf("%q", s), c, err, c64, err64)
	}
	_, err := strconv.ParseComplex("x", 128)
	ne := err.(*strconv.NumError)
	fmt.Println(ne.Func, ne.Num, ne.Err == strconv.ErrSyntax)
}
