// Package cmplx: Go 1.19's math/cmplx, written for deferc: constants and elementary functions
// of complex128 values, with the special cases of C99's Annex G (IEC 60559-compatible complex
// arithmetic).
//
// Every function gives Go 1.19's results bit for bit: each one tests its
// special cases in the order Go's does (the first matching case decides,
// even when it then falls through to the general formula) and computes
// the general case with the same float64 operations in the same order.
// Complex products and sums are written out on the real and imaginary
// parts (re·re − im·im, re·im + im·re), which is exactly what Go's
// compiler emits for them, so no result depends on complex arithmetic.
package cmplx

import "math"

// Abs returns the modulus |x|.
func Abs(x complex128) float64 { return math.Hypot(real(x), imag(x)) }

// Conj returns the complex conjugate of x.
func Conj(x complex128) complex128 { return complex(real(x), -imag(x)) }

// Phase returns the argument of x, in [-Pi, Pi].
func Phase(x complex128) float64 { return math.Atan2(imag(x), real(x)) }

// Polar returns x as modulus and argument: x = r·e**(θi), θ in [-Pi, Pi].
func Polar(x complex128) (r, θ float64) {
	return Abs(x), Phase(x)
}

// Rect returns r·e**(θi), the number with modulus r and argument θ.
func Rect(r, θ float64) complex128 {
	sin, cos := math.Sincos(θ)
	return complex(r*cos, r*sin)
}

// Inf returns a complex infinity, complex(+Inf, +Inf).
func Inf() complex128 {
	inf := math.Inf(1)
	return complex(inf, inf)
}

// NaN returns a complex “not-a-number” value.
func NaN() complex128 {
	nan := math.NaN()
	return complex(nan, nan)
}

// IsInf reports whether either real(x) or imag(x) is an infinity.
func IsInf(x complex128) bool {
	return math.IsInf(real(x), 0) || math.IsInf(imag(x), 0)
}

// IsNaN reports whether a part of x is NaN and neither is infinite.
func IsNaN(x complex128) bool {
	if IsInf(x) {
		return false
	}
	return math.IsNaN(real(x)) || math.IsNaN(imag(x))
}

// isZero reports x == 0, which holds for every signed zero in either part.
func isZero(x complex128) bool { return real(x) == 0 && imag(x) == 0 }

// square returns the parts of x*x as Go computes the product:
// (re·re − im·im, re·im + im·re).
func square(re, im float64) (float64, float64) {
	return re*re - im*im, re*im + im*re
}

// isInfOrNaN reports whether f is ±Inf or NaN.
func isInfOrNaN(f float64) bool { return math.IsInf(f, 0) || math.IsNaN(f) }
