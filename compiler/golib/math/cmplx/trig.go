package cmplx

import "math"

// Sin returns the sine of x.
func Sin(x complex128) complex128 {
	re, im := real(x), imag(x)
	if im == 0 && isInfOrNaN(re) {
		return complex(math.NaN(), im)
	}
	if math.IsInf(im, 0) {
		if re == 0 {
			return x
		}
		if isInfOrNaN(re) {
			return complex(math.NaN(), im)
		}
		// finite nonzero re: general formula
	} else if re == 0 && math.IsNaN(im) {
		return x
	}
	// sin(a+bi) = sin a·cosh b + i·cos a·sinh b
	sin, cos := math.Sincos(re)
	sinh, cosh := sinhcosh(im)
	return complex(sin*cosh, cos*sinh)
}

// Sinh returns the hyperbolic sine of x.
func Sinh(x complex128) complex128 {
	re, im := real(x), imag(x)
	if re == 0 && isInfOrNaN(im) {
		return complex(re, math.NaN())
	}
	if math.IsInf(re, 0) {
		if im == 0 {
			return x
		}
		if isInfOrNaN(im) {
			return complex(re, math.NaN())
		}
		// finite nonzero im: general formula
	} else if im == 0 && math.IsNaN(re) {
		return complex(math.NaN(), im)
	}
	// sinh(a+bi) = cos b·sinh a + i·sin b·cosh a
	sin, cos := math.Sincos(im)
	sinh, cosh := sinhcosh(re)
	return complex(cos*sinh, sin*cosh)
}

// Cos returns the cosine of x.
func Cos(x complex128) complex128 {
	re, im := real(x), imag(x)
	if im == 0 && isInfOrNaN(re) {
		return complex(math.NaN(), -im*math.Copysign(0, re))
	}
	if math.IsInf(im, 0) {
		if re == 0 {
			return complex(math.Inf(1), -re*math.Copysign(0, im))
		}
		if isInfOrNaN(re) {
			return complex(math.Inf(1), math.NaN())
		}
		// finite nonzero re: general formula
	} else if re == 0 && math.IsNaN(im) {
		return complex(math.NaN(), 0)
	}
	// cos(a+bi) = cos a·cosh b − i·sin a·sinh b
	sin, cos := math.Sincos(re)
	sinh, cosh := sinhcosh(im)
	return complex(cos*cosh, -sin*sinh)
}

// Cosh returns the hyperbolic cosine of x.
func Cosh(x complex128) complex128 {
	re, im := real(x), imag(x)
	if re == 0 && isInfOrNaN(im) {
		return complex(math.NaN(), re*math.Copysign(0, im))
	}
	if math.IsInf(re, 0) {
		if im == 0 {
			return complex(math.Inf(1), im*math.Copysign(0, re))
		}
		if isInfOrNaN(im) {
			return complex(math.Inf(1), math.NaN())
		}
		// finite nonzero im: general formula
	} else if im == 0 && math.IsNaN(re) {
		return complex(math.NaN(), im)
	}
	// cosh(a+bi) = cos b·cosh a + i·sin b·sinh a
	sin, cos := math.Sincos(im)
	sinh, cosh := sinhcosh(re)
	return complex(cos*cosh, sin*sinh)
}

// sinhcosh returns sinh(x) and cosh(x). Near zero it defers to math's
// accurate functions; elsewhere both come from one exponential,
// e^x/2 ∓ e^-x/2.
func sinhcosh(x float64) (sinh, cosh float64) {
	if math.Abs(x) <= 0.5 {
		return math.Sinh(x), math.Cosh(x)
	}
	half := math.Exp(x)
	halfInv := 0.5 / half
	half *= 0.5
	return half - halfInv, half + halfInv
}
