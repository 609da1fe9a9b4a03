package cmplx

import "math"

// The inverse functions follow the textbook logarithmic forms
//
//	asin(x)  = −i·log(i·x + sqrt(1 − x²))
//	asinh(x) = log(x + sqrt(1 + x²))
//	acos(x)  = π/2 − asin(x)
//	atan(x)  = ½·atan2(2·re, 1 − |x|²) + ¼·i·log(|x+i|² / |x−i|²)
//
// after C99 Annex G's special cases, with real arguments on the real
// functions' domains handed to package math.

// Asin returns the inverse sine of x.
func Asin(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0 && math.Abs(re) <= 1:
		return complex(math.Asin(re), im)
	case re == 0 && math.Abs(im) <= 1:
		return complex(re, math.Asinh(im))
	case math.IsNaN(im):
		if re == 0 {
			return complex(re, math.NaN())
		}
		if math.IsInf(re, 0) {
			return complex(math.NaN(), re)
		}
		return NaN()
	case math.IsInf(im, 0):
		if math.IsNaN(re) {
			return x
		}
		if math.IsInf(re, 0) {
			return complex(math.Copysign(math.Pi/4, re), im)
		}
		return complex(math.Copysign(0, re), im)
	case math.IsInf(re, 0):
		return complex(math.Copysign(math.Pi/2, re), math.Copysign(re, im))
	}
	sqRe, sqIm := square(re, im)
	root := Sqrt(complex(1-sqRe, -sqIm))
	// log(i·x + root), then multiplied by −i
	ln := Log(complex(-im+real(root), re+imag(root)))
	return complex(imag(ln), -real(ln))
}

// Asinh returns the inverse hyperbolic sine of x.
func Asinh(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0 && math.Abs(re) <= 1:
		return complex(math.Asinh(re), im)
	case re == 0 && math.Abs(im) <= 1:
		return complex(re, math.Asin(im))
	case math.IsInf(re, 0):
		if math.IsInf(im, 0) {
			return complex(re, math.Copysign(math.Pi/4, im))
		}
		if math.IsNaN(im) {
			return x
		}
		return complex(re, math.Copysign(0.0, im))
	case math.IsNaN(re):
		if im == 0 {
			return x
		}
		if math.IsInf(im, 0) {
			return complex(im, re)
		}
		return NaN()
	case math.IsInf(im, 0):
		return complex(math.Copysign(im, re), math.Copysign(math.Pi/2, im))
	}
	sqRe, sqIm := square(re, im)
	root := Sqrt(complex(1+sqRe, sqIm))
	return Log(complex(re+real(root), im+imag(root)))
}

// Acos returns the inverse cosine of x.
func Acos(x complex128) complex128 {
	w := Asin(x)
	return complex(math.Pi/2-real(w), -imag(w))
}

// Acosh returns the inverse hyperbolic cosine of x.
func Acosh(x complex128) complex128 {
	if isZero(x) {
		return complex(0, math.Copysign(math.Pi/2, imag(x)))
	}
	// acosh(x) = ±i·acos(x), the sign chosen for a nonnegative real part.
	w := Acos(x)
	if imag(w) <= 0 {
		return complex(-imag(w), real(w))
	}
	return complex(imag(w), -real(w))
}

// Atan returns the inverse tangent of x.
func Atan(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0:
		return complex(math.Atan(re), im)
	case re == 0 && math.Abs(im) <= 1:
		return complex(re, math.Atanh(im))
	case math.IsInf(im, 0) || math.IsInf(re, 0):
		if math.IsNaN(re) {
			return complex(math.NaN(), math.Copysign(0, im))
		}
		return complex(math.Copysign(math.Pi/2, re), math.Copysign(0, im))
	case math.IsNaN(re) || math.IsNaN(im):
		return NaN()
	}
	re2 := re * re
	den := 1 - re2 - im*im
	if den == 0 {
		return NaN()
	}
	realPart := reducePi(0.5 * math.Atan2(2*re, den))

	below := im - 1 // |x − i|² = re² + (im−1)²
	distBelow := re2 + below*below
	if distBelow == 0 {
		return NaN()
	}
	above := im + 1 // |x + i|² = re² + (im+1)²
	ratio := (re2 + above*above) / distBelow
	return complex(realPart, 0.25*math.Log(ratio))
}

// Atanh returns the inverse hyperbolic tangent of x.
func Atanh(x complex128) complex128 {
	// atanh(x) = −i·atan(i·x)
	w := Atan(complex(-imag(x), real(x)))
	return complex(imag(w), -real(w))
}
