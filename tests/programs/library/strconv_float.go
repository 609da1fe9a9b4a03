package main

// Under GC stress, collect at every N-th allocation only: it works through every rune.
// gcstress: 100

// Package strconv: floats. FormatFloat in every format, with shortest (-1) and fixed
// precisions, for float64 and float32; AppendFloat (lengths and capacities); ParseFloat
// with bitSize 32 and 64: decimal, hexadecimal, underscores, infinities, NaN, range and
// syntax errors, and values on float32 rounding boundaries.

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, -1 / math.Inf(1), 1, -1, 0.1, 0.5, 1.5, 2.5, 123456789, 1e21, 1e-7, 123.456, -0.000012345,
		math.MaxFloat64, math.SmallestNonzeroFloat64, 3.40282346638528859811704183484516925440e+38, 1.401298464324817070923729583289916131280e-45, 1 << 53, 1 / 3.0,
		math.Inf(1), math.Inf(-1), math.NaN(), 5e-324, 100, 1e23, 9.999999999999999e22, 0.000001, 1e20}
	fmts := []byte{'b', 'e', 'E', 'f', 'g', 'G', 'x', 'X', 'v'}
	precs := []int{-1, 0, 1, 3, 6, 17, 25}
	for _, v := range vals {
		for _, bits := range []int{64, 32} {
			fmt.Printf("%v/%d:", v, bits)
			for _, f := range fmts {
				for _, p := range precs {
					fmt.Print(" ", strconv.FormatFloat(v, f, p, bits))
				}
			}
			fmt.Println()
		}
	}
	// AppendFloat grows its destination as Go does.
	for _, v := range []float64{1, 3.14, 1e21, -1234567.875, math.NaN(), math.Inf(-1), 1e-300} {
		for _, f := range []byte{'f', 'e', 'g', 'b', 'x'} {
			a := strconv.AppendFloat(nil, v, f, -1, 64)
			b := strconv.AppendFloat([]byte("x="), v, f, 4, 32)
			c := strconv.AppendFloat(make([]byte, 0, 64), v, f, 10, 64)
			fmt.Printf("%q %d/%d %q %d/%d %q %d/%d\n", a, len(a), cap(a), b, len(b), cap(b), c, len(c), cap(c))
		}
	}
	// AppendFloat's capacities over many values, formats, precisions and destinations.
	x := uint64(12345)
	h := uint64(14695981039346656037)
	for k := 0; k < 400; k++ {
		x = x*6364136223846793005 + 1442695040888963407
		v := float64(x>>11) * math.Pow(2, float64(int(x%400)-200))
		if k%2 == 1 {
			v = -float64(x%100000) * math.Pow(10, float64(int(x>>40)%40-20))
		}
		for _, f := range []byte{'b', 'e', 'E', 'f', 'g', 'G', 'x', 'X'} {
			for _, p := range []int{-1, 0, 2, 5, 12, 20} {
				for _, bits := range []int{32, 64} {
					for _, d := range [][]byte{nil, make([]byte, 3, 5), make([]byte, 1, 17)} {
						a := strconv.AppendFloat(d, v, f, p, bits)
						h = (h ^ uint64(cap(a)) ^ uint64(len(a))<<32) * 1099511628211
					}
				}
			}
		}
	}
	fmt.Println("AppendFloat capacities:", h)
	inputs := []string{"0", "-0", "1", "+1", "1.5", ".5", "5.", "1e10", "1E-10", "1e400", "-1e400", "1e-400", "0x1p-2", "0x1.8p1",
		"0X.8P+1", "0x1p", "1_000.5", "1__0", "_1", "0x_1p0", "inf", "+Inf", "-INFINITY", "nan", "NaN", "infinity1", "", ".", "e1",
		"1e", "3.4028235e38", "3.4028236e38", "3.40282357e38", "1e-45", "1e-46", "7e-46", "0.1", "16777217", "16777219",
		"1.00000017881393432617187499", "1.000000178813934326171875", "4.9e-324", "2e-324", "1.7976931348623157e308",
		"1.7976931348623159e308", "123456789012345678901234567890", "0.000000000000000000000000000001", "1,5", "١", "0b101", "0o17"}
	for _, s := range inputs {
		v64, err64 := strconv.ParseFloat(s, 64)
		v32, err32 := strconv.ParseFloat(s, 32)
		fmt.Printf("%q: %v %v | %v %v | %v\n", s, v64, err64, v32, err32, float64(float32(v32)) == v32)
	}
	_, err := strconv.ParseFloat("1", 16)
	fmt.Println(err)
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err)
	}
	fmt.Println(strconv.IntSize)
	defer func() { fmt.Println("recovered:", recover()) }()
	strconv.FormatFloat(1, 'g', -1, 16)
}
