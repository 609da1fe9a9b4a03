// Package math: the parts of Go 1.19's math package written in Go for deferc: the constants
// not in check::lib, the bit views of floats (compiled inline), and the functions Go writes
// in pure Go (ports of Go's algorithms, operation for operation, so results are bit-identical
// with Go 1.19 on amd64; Go's amd64 compiler fuses no multiply-adds and neither does deferc).
// Sqrt, Abs, Floor, Ceil, Trunc, Exp, Log, Pow, Sin, Cos, Tan, Mod, Hypot, Cbrt, Log2, Log10,
// Round, RoundToEven, Inf, NaN, IsNaN and IsInf are the runtime's (runtime/src/pkg_math.rs,
// declared in native.go); Exp, Log and Hypot follow Go's amd64 assembly there. This file holds
// what every program importing math gets; the other files are lazy (loader/lazy.rs: only
// the declarations a program names are joined):
// exp.go Exp2, Expm1, Log1p and Pow10; trig.go the inverse trigonometric and hyperbolic
// functions; special.go Erf, Gamma and Lgamma; bessel.go the Bessel functions.
package math

const (
	Phi     = 1.61803398874989484820458683436563811772030917980576286213544862
	Sqrt2   = 1.41421356237309504880168872420969807856967187537694807317667974
	SqrtE   = 1.64872127070012814684865078781416357165377610071014801157507931
	SqrtPi  = 1.77245385090551602729816748334114518279754945612238712821380779
	SqrtPhi = 1.27201964951406896425242246173749149171560804184009624861664038
	Ln2     = 0.693147180559945309417232121458176568075500134360255254120680009
	Log2E   = 1 / Ln2
	Ln10    = 2.30258509299404568401799145468436420760110148862877297603332790
	Log10E  = 1 / Ln10

	MaxFloat32             = 0x1p127 * (1 + (1 - 0x1p-23))
	SmallestNonzeroFloat32 = 0x1p-126 * 0x1p-23
)

// The layout of a float64.
const (
	uvnan    = 0x7FF8000000000001
	uvinf    = 0x7FF0000000000000
	uvneginf = 0xFFF0000000000000
	expMask  = 0x7FF
	fracBits = 52
	expBias  = 1023
	signMask = 1 << 63
)

// Float64bits returns the IEEE 754 binary representation of f (one instruction, inline).
func Float64bits(f float64) uint64

// Float64frombits returns the floating-point number with the IEEE 754 binary representation b.
func Float64frombits(b uint64) float64

// Float32bits returns the IEEE 754 binary representation of f.
func Float32bits(f float32) uint32

// Float32frombits returns the floating-point number with the IEEE 754 binary representation b.
func Float32frombits(b uint32) float32

// FMA returns x * y + z, computed with only one rounding (runtime/src/pkg_math.rs).
func FMA(x, y, z float64) float64

// Signbit reports whether x is negative or negative zero.
func Signbit(x float64) bool { return Float64bits(x)&signMask != 0 }

// Copysign returns a value with the magnitude of f and the sign of sign.
func Copysign(f, sign float64) float64 {
	return Float64frombits(Float64bits(f)&^signMask | Float64bits(sign)&signMask)
}

// Dim returns the maximum of x-y or 0 (NaN for NaN arguments and Inf-Inf).
func Dim(x, y float64) float64 {
	v := x - y
	if v <= 0 {
		return 0
	}
	return v // positive or NaN
}

// Max returns the larger of x or y: +Inf if either is +Inf, else NaN if either is NaN, and
// +0 for (+0, -0).
func Max(x, y float64) float64 {
	switch {
	case IsInf(x, 1) || IsInf(y, 1):
		return Inf(1)
	case x != x || y != y:
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return y
		}
		return x
	case x > y:
		return x
	}
	return y
}

// Min returns the smaller of x or y: -Inf if either is -Inf, else NaN if either is NaN, and
// -0 for (+0, -0).
func Min(x, y float64) float64 {
	switch {
	case IsInf(x, -1) || IsInf(y, -1):
		return Inf(-1)
	case x != x || y != y:
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return x
		}
		return y
	case x < y:
		return x
	}
	return y
}

// normalize scales a subnormal x into the normal range: x = y × 2**exp.
func normalize(x float64) (y float64, exp int) {
	const smallestNormal = 2.2250738585072014e-308 // 2**-1022
	if Abs(x) < smallestNormal {
		return x * (1 << 52), -52
	}
	return x, 0
}

// Frexp breaks f into a normalized fraction in [½, 1) and an integral power of two:
// f == frac × 2**exp. ±0, ±Inf and NaN are returned as they are, with exp 0.
func Frexp(f float64) (frac float64, exp int) {
	if f == 0 || f != f || IsInf(f, 0) {
		return f, 0
	}
	f, exp = normalize(f)
	b := Float64bits(f)
	exp += int((b>>fracBits)&expMask) - expBias + 1
	b &^= expMask << fracBits
	b |= (expBias - 1) << fracBits
	return Float64frombits(b), exp
}

// Ldexp is the inverse of Frexp: frac × 2**exp, with Go's underflow (a subnormal result is
// rounded once more, by the final multiplication) and overflow behavior.
func Ldexp(frac float64, exp int) float64 {
	if frac == 0 || frac != frac || IsInf(frac, 0) {
		return frac
	}
	frac, e := normalize(frac)
	exp += e
	b := Float64bits(frac)
	exp += int(b>>fracBits)&expMask - expBias
	if exp < -1075 {
		return Copysign(0, frac)
	}
	if exp > 1023 {
		if frac < 0 {
			return Inf(-1)
		}
		return Inf(1)
	}
	var m float64 = 1
	if exp < -1022 { // subnormal result
		exp += 53
		m = 1.0 / (1 << 53)
	}
	b &^= expMask << fracBits
	b |= uint64(exp+expBias) << fracBits
	return m * Float64frombits(b)
}

// Modf returns integer and fractional floating-point numbers that sum to f, both with f's
// sign (Modf(-0) is (-0, -0)).
func Modf(f float64) (int float64, frac float64) {
	if f < 1 {
		if f < 0 {
			int, frac = Modf(-f)
			return -int, -frac
		}
		if f == 0 {
			return f, f
		}
		return 0, f
	}
	b := Float64bits(f)
	e := uint(b>>fracBits)&expMask - expBias
	// Keep the sign, the exponent and the e integer bits of the mantissa.
	if e < 64-12 {
		b &^= 1<<(64-12-e) - 1
	}
	int = Float64frombits(b)
	frac = f - int
	return
}

// Nextafter returns the next representable float64 value after x towards y.
func Nextafter(x, y float64) (r float64) {
	switch {
	case x != x || y != y:
		r = NaN()
	case x == y:
		r = x
	case x == 0:
		r = Copysign(Float64frombits(1), y)
	case (y > x) == (x > 0):
		r = Float64frombits(Float64bits(x) + 1)
	default:
		r = Float64frombits(Float64bits(x) - 1)
	}
	return
}

// Nextafter32 returns the next representable float32 value after x towards y.
func Nextafter32(x, y float32) (r float32) {
	switch {
	case x != x || y != y:
		r = float32(NaN())
	case x == y:
		r = x
	case x == 0:
		r = float32(Copysign(float64(Float32frombits(1)), float64(y)))
	case (y > x) == (x > 0):
		r = Float32frombits(Float32bits(x) + 1)
	default:
		r = Float32frombits(Float32bits(x) - 1)
	}
	return
}

// ilogb is the binary exponent of a finite non-zero x.
func ilogb(x float64) int {
	x, exp := normalize(x)
	return int((Float64bits(x)>>fracBits)&expMask) - expBias + exp
}

// Logb returns the binary exponent of x: -Inf for ±0, +Inf for ±Inf, NaN for NaN.
func Logb(x float64) float64 {
	switch {
	case x == 0:
		return Inf(-1)
	case IsInf(x, 0):
		return Inf(1)
	case x != x:
		return x
	}
	return float64(ilogb(x))
}

// Ilogb returns the binary exponent of x as an integer: MinInt32 for ±0, MaxInt32 for ±Inf
// and NaN.
func Ilogb(x float64) int {
	switch {
	case x == 0:
		return MinInt32
	case x != x || IsInf(x, 0):
		return MaxInt32
	}
	return ilogb(x)
}

// Remainder returns the IEEE 754 floating-point remainder of x/y (the quotient rounded to
// nearest even).
func Remainder(x, y float64) float64 {
	const (
		tiny    = 4.45014771701440276618e-308 // 0x0020000000000000
		halfMax = MaxFloat64 / 2
	)
	switch {
	case x != x || y != y || IsInf(x, 0) || y == 0:
		return NaN()
	case IsInf(y, 0):
		return x
	}
	neg := x < 0
	if neg {
		x = -x
	}
	if y < 0 {
		y = -y
	}
	if x == y {
		if neg {
			return Copysign(0, -1)
		}
		return 0
	}
	if y <= halfMax {
		x = Mod(x, y+y) // now x < 2y
	}
	if y < tiny {
		if x+x > y {
			x -= y
			if x+x >= y {
				x -= y
			}
		}
	} else {
		half := 0.5 * y
		if x > half {
			x -= y
			if x >= half {
				x -= y
			}
		}
	}
	if neg {
		x = -x
	}
	return x
}

// Sincos returns Sin(x), Cos(x): Go's Sincos computes both as Sin and Cos do, with NaN() for
// ±Inf and NaN.
func Sincos(x float64) (sin, cos float64) {
	if x != x || IsInf(x, 0) {
		return NaN(), NaN()
	}
	if x == 0 {
		return x, 1
	}
	return Sin(x), Cos(x)
}
