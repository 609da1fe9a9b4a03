// Package math: the inverse trigonometric and the hyperbolic functions of Go 1.19 (ports of
// Go's pure-Go code, which amd64 uses for all of them).
package math

// xatan evaluates a series valid in the range [0, 0.66] (Cephes' atan kernel).
func xatan(x float64) float64 {
	const (
		P0 = -8.750608600031904122785e-01
		P1 = -1.615753718733365076637e+01
		P2 = -7.500855792314704667340e+01
		P3 = -1.228866684490136173410e+02
		P4 = -6.485021904942025371773e+01
		Q0 = +2.485846490142306297962e+01
		Q1 = +1.650270098316988542046e+02
		Q2 = +4.328810604912902668951e+02
		Q3 = +4.853903996359136964868e+02
		Q4 = +1.945506571482613964425e+02
	)
	z := x * x
	z = z * ((((P0*z+P1)*z+P2)*z+P3)*z + P4) / (((((z+Q0)*z+Q1)*z+Q2)*z+Q3)*z + Q4)
	z = x*z + x
	return z
}

// satan reduces its non-negative argument to the range of xatan.
func satan(x float64) float64 {
	const (
		morebits = 6.123233995736765886130e-17 // pi/2 = PIO2 + morebits
		tan3pio8 = 2.41421356237309504880      // tan(3*pi/8)
	)
	if x <= 0.66 {
		return xatan(x)
	}
	if x > tan3pio8 {
		return Pi/2 - xatan(1/x) + morebits
	}
	return Pi/4 + xatan((x-1)/(x+1)) + 0.5*morebits
}

// Atan returns the arctangent, in radians, of x.
func Atan(x float64) float64 {
	if x == 0 {
		return x
	}
	if x > 0 {
		return satan(x)
	}
	return -satan(-x)
}

// Asin returns the arcsine, in radians, of x (NaN for |x| > 1).
func Asin(x float64) float64 {
	if x == 0 {
		return x
	}
	neg := x < 0
	if neg {
		x = -x
	}
	if x > 1 {
		return NaN()
	}
	r := Sqrt(1 - x*x)
	if x > 0.7 {
		r = Pi/2 - satan(r/x)
	} else {
		r = satan(x / r)
	}
	if neg {
		r = -r
	}
	return r
}

// Acos returns the arccosine, in radians, of x (NaN for |x| > 1).
func Acos(x float64) float64 { return Pi/2 - Asin(x) }

// Atan2 returns the arc tangent of y/x, using the signs of the two to determine the quadrant
// of the return value.
func Atan2(y, x float64) float64 {
	switch {
	case y != y || x != x:
		return NaN()
	case y == 0:
		if x >= 0 && !Signbit(x) {
			return Copysign(0, y)
		}
		return Copysign(Pi, y)
	case x == 0:
		return Copysign(Pi/2, y)
	case IsInf(x, 0):
		if IsInf(x, 1) {
			if IsInf(y, 0) {
				return Copysign(Pi/4, y)
			}
			return Copysign(0, y)
		}
		if IsInf(y, 0) {
			return Copysign(3*Pi/4, y)
		}
		return Copysign(Pi, y)
	case IsInf(y, 0):
		return Copysign(Pi/2, y)
	}
	q := Atan(y / x)
	if x < 0 {
		if q <= 0 {
			return q + Pi
		}
		return q - Pi
	}
	return q
}

// Sinh returns the hyperbolic sine of x.
func Sinh(x float64) float64 {
	const (
		P0 = -0.6307673640497716991184787251e+6
		P1 = -0.8991272022039509355398013511e+5
		P2 = -0.2894211355989563807284660366e+4
		P3 = -0.2630563213397497062819489e+2
		Q0 = -0.6307673640497716991212077277e+6
		Q1 = 0.1521517378790019070696485176e+5
		Q2 = -0.173678953558233699533450911e+3
	)
	neg := x < 0
	if neg {
		x = -x
	}
	var r float64
	switch {
	case x > 21:
		r = Exp(x) * 0.5
	case x > 0.5:
		ex := Exp(x)
		r = (ex - 1/ex) * 0.5
	default:
		sq := x * x
		r = (((P3*sq+P2)*sq+P1)*sq + P0) * x
		r = r / (((sq+Q2)*sq+Q1)*sq + Q0)
	}
	if neg {
		r = -r
	}
	return r
}

// Cosh returns the hyperbolic cosine of x.
func Cosh(x float64) float64 {
	x = Abs(x)
	if x > 21 {
		return Exp(x) * 0.5
	}
	ex := Exp(x)
	return (ex + 1/ex) * 0.5
}

// Tanh returns the hyperbolic tangent of x.
func Tanh(x float64) float64 {
	const (
		maxlog = 8.8029691931113054295988e+01 // log(2**127)
		P0     = -9.64399179425052238628e-1
		P1     = -9.92877231001918586564e1
		P2     = -1.61468768441708447952e3
		Q0     = 1.12811678491632931402e2
		Q1     = 2.23548839060100448583e3
		Q2     = 4.84406305325125486048e3
	)
	z := Abs(x)
	switch {
	case z > 0.5*maxlog:
		if x < 0 {
			return -1
		}
		return 1
	case z >= 0.625:
		s := Exp(2 * z)
		z = 1 - 2/(s+1)
		if x < 0 {
			z = -z
		}
	default:
		if x == 0 {
			return x
		}
		s := x * x
		z = x + x*s*((P0*s+P1)*s+P2)/(((s+Q0)*s+Q1)*s+Q2)
	}
	return z
}

// Asinh returns the inverse hyperbolic sine of x.
func Asinh(x float64) float64 {
	const (
		ln2      = 6.93147180559945286227e-01 // 0x3FE62E42FEFA39EF
		nearZero = 1.0 / (1 << 28)            // 2**-28
		large    = 1 << 28                    // 2**28
	)
	if x != x || IsInf(x, 0) {
		return x
	}
	neg := x < 0
	if neg {
		x = -x
	}
	var r float64
	switch {
	case x > large:
		r = Log(x) + ln2
	case x > 2:
		r = Log(2*x + 1/(Sqrt(x*x+1)+x))
	case x < nearZero:
		r = x
	default:
		r = Log1p(x + x*x/(1+Sqrt(1+x*x)))
	}
	if neg {
		r = -r
	}
	return r
}

// Acosh returns the inverse hyperbolic cosine of x (NaN for x < 1).
func Acosh(x float64) float64 {
	const large = 1 << 28 // 2**28
	switch {
	case x < 1 || x != x:
		return NaN()
	case x == 1:
		return 0
	case x >= large:
		return Log(x) + Ln2
	case x > 2:
		return Log(2*x - 1/(x+Sqrt(x*x-1)))
	}
	t := x - 1
	return Log1p(t + Sqrt(2*t+t*t))
}

// Atanh returns the inverse hyperbolic tangent of x (±Inf for ±1, NaN outside [-1, 1]).
func Atanh(x float64) float64 {
	const nearZero = 1.0 / (1 << 28) // 2**-28
	switch {
	case x < -1 || x > 1 || x != x:
		return NaN()
	case x == 1:
		return Inf(1)
	case x == -1:
		return Inf(-1)
	}
	neg := x < 0
	if neg {
		x = -x
	}
	var r float64
	switch {
	case x < nearZero:
		r = x
	case x < 0.5:
		r = x + x
		r = 0.5 * Log1p(r+r*x/(1-x))
	default:
		r = 0.5 * Log1p((x+x)/(1-x))
	}
	if neg {
		r = -r
	}
	return r
}
