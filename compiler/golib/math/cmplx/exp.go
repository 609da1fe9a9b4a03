package cmplx

import "math"

// Exp returns e**x.
func Exp(x complex128) complex128 {
	re, im := real(x), imag(x)
	if math.IsInf(re, 0) {
		if re > 0 && im == 0 {
			return x
		}
		if isInfOrNaN(im) {
			if re < 0 {
				return complex(0, math.Copysign(0, im))
			}
			return complex(math.Inf(1), math.NaN())
		}
		// An infinite real part with a finite nonzero imaginary part
		// takes the general formula.
	} else if math.IsNaN(re) && im == 0 {
		return complex(math.NaN(), im)
	}
	mag := math.Exp(re)
	sin, cos := math.Sincos(im)
	return complex(mag*cos, mag*sin)
}

// Log returns the natural logarithm of x.
func Log(x complex128) complex128 {
	return complex(math.Log(Abs(x)), Phase(x))
}

// Log10 returns the decimal logarithm of x.
func Log10(x complex128) complex128 {
	ln := Log(x)
	return complex(math.Log10E*real(ln), math.Log10E*imag(ln))
}

// Sqrt returns the square root of x whose real part is not negative and whose imaginary
// part has the sign of imag(x).
func Sqrt(x complex128) complex128 {
	a, b := real(x), imag(x)
	if b == 0 {
		switch {
		case a == 0:
			return complex(0, b)
		case a < 0:
			return complex(0, math.Copysign(math.Sqrt(-a), b))
		}
		return complex(math.Sqrt(a), b)
	}
	if math.IsInf(b, 0) {
		return complex(math.Inf(1), b)
	}
	if a == 0 {
		// sqrt(±bi) = sqrt(|b|/2)·(1 ± i)
		if b < 0 {
			h := math.Sqrt(-0.5 * b)
			return complex(h, -h)
		}
		h := math.Sqrt(0.5 * b)
		return complex(h, h)
	}
	return sqrtGeneral(a, b)
}

// sqrtGeneral computes sqrt(a + bi) for nonzero finite-or-NaN a and nonzero
// finite b from the half-angle formulas, rescaling first so that the hypot
// and the halvings neither overflow nor lose subnormal bits.
func sqrtGeneral(a, b float64) complex128 {
	const (
		twoTo54      = 1.8014398509481984e16   // 2**54
		twoToMinus27 = 7.450580596923828125e-9 // 2**-27, the square root of 2**-54
		quarter      = 0.25
		two          = 2 // the square root of 1/quarter
	)
	var unscale float64
	if math.Abs(a) > 4 || math.Abs(b) > 4 {
		a *= quarter
		b *= quarter
		unscale = two
	} else {
		a *= twoTo54
		b *= twoTo54
		unscale = twoToMinus27
	}
	mod := math.Hypot(a, b)
	var re, im float64
	if a > 0 {
		// re = sqrt((|x|+a)/2) is computed without cancellation; im from re.
		re = math.Sqrt(0.5*mod + 0.5*a)
		im = unscale * math.Abs((0.5*b)/re)
		re *= unscale
	} else {
		// im = sqrt((|x|-a)/2) is computed without cancellation; re from im.
		im = math.Sqrt(0.5*mod - 0.5*a)
		re = unscale * math.Abs((0.5*b)/im)
		im *= unscale
	}
	if b < 0 {
		im = -im
	}
	return complex(re, im)
}

// Pow returns x**y. A zero x follows math.Pow: 0**0 is 1+0i, and 0**y with real(y) < 0
// is Inf+0i for a real y and Inf+Inf i otherwise.
func Pow(x, y complex128) complex128 {
	if isZero(x) {
		return powOfZero(y)
	}
	modulus := Abs(x)
	if modulus == 0 {
		return complex(0, 0)
	}
	yr, yi := real(y), imag(y)
	// x**y = exp(y·log x) = |x|**yr · e**(−yi·arg) · e**(i(yr·arg + yi·ln|x|))
	mag := math.Pow(modulus, yr)
	arg := Phase(x)
	angle := yr * arg
	if yi != 0 {
		mag *= math.Exp(-yi * arg)
		angle += yi * math.Log(modulus)
	}
	sin, cos := math.Sincos(angle)
	return complex(mag*cos, mag*sin)
}

// powOfZero is Pow(0, y). A y whose real part is NaN and whose imaginary
// part is infinite is not NaN by IsNaN yet fits no case: Go 1.19 panics
// with "not reached" there, and so does this.
func powOfZero(y complex128) complex128 {
	if IsNaN(y) {
		return NaN()
	}
	yr, yi := real(y), imag(y)
	switch {
	case yr == 0:
		return complex(1, 0)
	case yr < 0:
		if yi == 0 {
			return complex(math.Inf(1), 0)
		}
		return Inf()
	case yr > 0:
		return complex(0, 0)
	}
	panic("not reached")
}
