package main

import (
	"fmt"
	"math"
)

// show prints a float with its sign made visible (-0) and NaN shown as NaN (its bits differ
// between machines for NaNs that arithmetic makes).
func show(f float64) string {
	if f != f {
		return "NaN"
	}
	if f == 0 && math.Signbit(f) {
		return "-0"
	}
	return fmt.Sprint(f)
}

var specials = []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), 1, -1, 0.5, -0.5, 2, -2, 5e-324, -5e-324, 1e-310, 2.2250738585072014e-308, 1e-300, 1e300, -1e300, math.MaxFloat64, -math.MaxFloat64, 1e-9, 0.84375, 1.25, 6, 28, 33.5, -33.5, 171.5, 200, -170.5, 0.7, 0.66, 2.414213562373095, 21.5, 0.625, 44.1, 709.7, 710, -745.2, 1024.5, -1075, 1 << 28, 1 << 53, 1e16, 6.9e38, 1e92, 3, 10, 100, 0.1, -0.1, 4.5454, 2.8571, 8}

func main() {
	f1 := []struct {
		name string
		f    func(float64) float64
	}{
		{"Asin", math.Asin}, {"Acos", math.Acos}, {"Atan", math.Atan},
		{"Asinh", math.Asinh}, {"Acosh", math.Acosh}, {"Atanh", math.Atanh},
		{"Erfinv", math.Erfinv}, {"Erfcinv", math.Erfcinv},
		{"J0", math.J0}, {"J1", math.J1}, {"Y0", math.Y0}, {"Y1", math.Y1},
		{"Exp2", math.Exp2}, {"Expm1", math.Expm1}, {"Log1p", math.Log1p}, {"Logb", math.Logb},
	}
	for _, fn := range f1 {
		fmt.Print(fn.name, ":")
		for _, x := range specials {
			fmt.Print(" ", show(fn.f(x)))
		}
		fmt.Println()
	}
	for _, x := range specials {
		fr, e := math.Frexp(x)
		ip, fp := math.Modf(x)
		lg, sg := math.Lgamma(x)
		s, c := math.Sincos(x)
		fmt.Println(show(x), "frexp", show(fr), e, "modf", show(ip), show(fp), "lgamma", show(lg), sg,
			"sincos", show(s), show(c), "ilogb", math.Ilogb(x), "signbit", math.Signbit(x))
		for _, n := range []int{-1075, -1074, -1, 0, 1, 1023, 2000} {
			fmt.Print(" ldexp", n, "=", show(math.Ldexp(x, n)))
		}
		fmt.Println()
		for _, n := range []int{-3, -2, 2, 3, 10, 50} {
			fmt.Print(" jn", n, "=", show(math.Jn(n, x)), " yn", n, "=", show(math.Yn(n, x)))
		}
		fmt.Println()
	}
	pairs := []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), 1, -1, 2.5, -3, 1e-310, 1e300}
	for _, x := range pairs {
		for _, y := range pairs {
			fmt.Println(show(x), show(y), "atan2", show(math.Atan2(x, y)), "rem", show(math.Remainder(x, y)),
				"dim", show(math.Dim(x, y)), "max", show(math.Max(x, y)), "min", show(math.Min(x, y)),
				"copysign", show(math.Copysign(x, y)), "next", show(math.Nextafter(x, y)),
				"next32", show(float64(math.Nextafter32(float32(x), float32(y)))),
				"fma", show(math.FMA(x, y, 1)))
		}
	}
	for _, n := range []int{-400, -324, -323, -322, -308, -300, -33, -32, -31, -1, 0, 1, 22, 23, 31, 32, 100, 300, 308, 309, 1000} {
		fmt.Print(math.Pow10(n), " ")
	}
	fmt.Println()
	// Exact bit patterns where they are defined.
	fmt.Printf("%x %x %x\n", math.Float64bits(math.NaN()), math.Float64bits(math.Inf(1)), math.Float64bits(math.Copysign(0, -1)))
	fmt.Printf("%x %x\n", math.Float32bits(float32(math.Inf(-1))), math.Float32bits(-1.5))
	fmt.Println(math.Float64frombits(0x3ff8000000000000), math.Float32frombits(0x3fc00000), math.Float64frombits(1), math.Float32frombits(1))
	fmt.Println(math.Nextafter(1, 2)-1, math.Nextafter32(1, 2)-1, math.Nextafter(0, -1), math.Nextafter32(0, 1))
	fmt.Println(math.FMA(0.1, 10, -1), 0.1*10-1, math.FMA(1e308, 10, -1e308))
	fmt.Println(math.Ilogb(0), math.Ilogb(math.NaN()), math.Ilogb(math.Inf(-1)), math.Ilogb(5e-324), math.Logb(5e-324))
}
