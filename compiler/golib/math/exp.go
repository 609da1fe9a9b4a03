// Package math: Go 1.19's Exp2, Expm1, Log1p and Pow10 (ports of Go's pure-Go code, which
// amd64 uses for all of them).
package math

// expmulti returns e**r × 2**k where r = hi - lo and |r| ≤ ln(2)/2 (Go's exp's core).
func expmulti(hi, lo float64, k int) float64 {
	const (
		P1 = 1.66666666666666657415e-01  /* 0x3FC55555; 0x55555555 */
		P2 = -2.77777777770155933842e-03 /* 0xBF66C16C; 0x16BEBD93 */
		P3 = 6.61375632143793436117e-05  /* 0x3F11566A; 0xAF25DE2C */
		P4 = -1.65339022054652515390e-06 /* 0xBEBBBD41; 0xC5D26BF1 */
		P5 = 4.13813679705723846039e-08  /* 0x3E663769; 0x72BEA4D0 */
	)
	r := hi - lo
	t := r * r
	c := r - t*(P1+t*(P2+t*(P3+t*(P4+t*P5))))
	y := 1 - ((lo - (r*c)/(2-c)) - hi)
	return Ldexp(y, k)
}

// Exp2 returns 2**x, the base-2 exponential of x (Go's pure-Go exp2, which amd64 uses).
func Exp2(x float64) float64 {
	const (
		ln2Hi     = 6.93147180369123816490e-01
		ln2Lo     = 1.90821492927058770002e-10
		overflow  = 1.0239999999999999e+03
		underflow = -1.0740e+03
	)
	switch {
	case x != x || IsInf(x, 1):
		return x
	case IsInf(x, -1):
		return 0
	case x > overflow:
		return Inf(1)
	case x < underflow:
		return 0
	}
	// x = k + t with |t| <= 1/2; 2**t = e**(t ln 2), with t ln 2 = hi - lo.
	var k int
	if x > 0 {
		k = int(x + 0.5)
	} else if x < 0 {
		k = int(x - 0.5)
	}
	t := x - float64(k)
	hi := t * ln2Hi
	lo := -t * ln2Lo
	return expmulti(hi, lo, k)
}

// Expm1 returns e**x - 1, accurate also for x near zero (FreeBSD's algorithm, as Go's).
func Expm1(x float64) float64 {
	const (
		othreshold = 7.09782712893383973096e+02 // 0x40862E42FEFA39EF
		ln2X56     = 3.88162421113569373274e+01 // 0x4043687a9f1af2b1
		ln2HalfX3  = 1.03972077083991796413e+00 // 0x3ff0a2b23f3bab73
		ln2Half    = 3.46573590279972654709e-01 // 0x3fd62e42fefa39ef
		ln2Hi      = 6.93147180369123816490e-01 // 0x3fe62e42fee00000
		ln2Lo      = 1.90821492927058770002e-10 // 0x3dea39ef35793c76
		invLn2     = 1.44269504088896338700e+00 // 0x3ff71547652b82fe
		tiny       = 1.0 / (1 << 54)            // 2**-54

		Q1 = -3.33333333333331316428e-02 // 0xBFA11111111110F4
		Q2 = 1.58730158725481460165e-03  // 0x3F5A01A019FE5585
		Q3 = -7.93650757867487942473e-05 // 0xBF14CE199EAADBB7
		Q4 = 4.00821782732936239552e-06  // 0x3ED0CFCA86E65239
		Q5 = -2.01099218183624371326e-07 // 0xBE8AFDB76E09C32D
	)
	switch {
	case IsInf(x, 1) || x != x:
		return x
	case IsInf(x, -1):
		return -1
	}
	absx := x
	neg := x < 0
	if neg {
		absx = -absx
	}
	if absx >= ln2X56 {
		if neg {
			return -1
		}
		if absx >= othreshold {
			return Inf(1)
		}
	}
	// Reduce: x = hi - lo = k ln2 + r with |r| <= ln2/2; c corrects the rounding of hi - lo.
	var c float64
	var k int
	if absx > ln2Half {
		var hi, lo float64
		if absx < ln2HalfX3 {
			if !neg {
				hi = x - ln2Hi
				lo = ln2Lo
				k = 1
			} else {
				hi = x + ln2Hi
				lo = -ln2Lo
				k = -1
			}
		} else {
			if !neg {
				k = int(invLn2*x + 0.5)
			} else {
				k = int(invLn2*x - 0.5)
			}
			t := float64(k)
			hi = x - t*ln2Hi
			lo = t * ln2Lo
		}
		x = hi - lo
		c = (hi - x) - lo
	} else if absx < tiny {
		return x
	}
	hfx := 0.5 * x
	hxs := x * hfx
	r1 := 1 + hxs*(Q1+hxs*(Q2+hxs*(Q3+hxs*(Q4+hxs*Q5))))
	t := 3 - r1*hfx
	e := hxs * ((r1 - t) / (6.0 - x*t))
	if k == 0 {
		return x - (x*e - hxs)
	}
	e = (x*(e-c) - c)
	e -= hxs
	switch {
	case k == -1:
		return 0.5*(x-e) - 0.5
	case k == 1:
		if x < -0.25 {
			return -2 * (e - (x + 0.5))
		}
		return 1 + 2*(x-e)
	case k <= -2 || k > 56:
		y := 1 - (e - x)
		return Float64frombits(Float64bits(y)+uint64(k)<<52) - 1 // y × 2**k - 1
	}
	if k < 20 {
		t := Float64frombits(0x3ff0000000000000 - (0x20000000000000 >> uint(k))) // 1-2**-k
		y := t - (e - x)
		return Float64frombits(Float64bits(y) + uint64(k)<<52)
	}
	t = Float64frombits(uint64(0x3ff-k) << 52) // 2**-k
	y := x - (e + t)
	y++
	return Float64frombits(Float64bits(y) + uint64(k)<<52)
}

// Log1p returns the natural logarithm of 1 plus x, accurate also for x near zero.
func Log1p(x float64) float64 {
	const (
		sqrt2M1     = 4.142135623730950488017e-01  // Sqrt(2)-1 = 0x3fda827999fcef34
		sqrt2HalfM1 = -2.928932188134524755992e-01 // Sqrt(2)/2-1 = 0xbfd2bec333018866
		small       = 1.0 / (1 << 29)              // 2**-29
		tiny        = 1.0 / (1 << 54)              // 2**-54
		two53       = 1 << 53
		ln2Hi       = 6.93147180369123816490e-01 // 3fe62e42fee00000
		ln2Lo       = 1.90821492927058770002e-10 // 3dea39ef35793c76
		Lp1         = 6.666666666666735130e-01   // 3FE5555555555593
		Lp2         = 3.999999999940941908e-01   // 3FD999999997FA04
		Lp3         = 2.857142874366239149e-01   // 3FD2492494229359
		Lp4         = 2.222219843214978396e-01   // 3FCC71C51D8E78AF
		Lp5         = 1.818357216161805012e-01   // 3FC7466496CB03DE
		Lp6         = 1.531383769920937332e-01   // 3FC39A09D078C69F
		Lp7         = 1.479819860511658591e-01   // 3FC2F112DF3E5244
	)
	switch {
	case x < -1 || x != x:
		return NaN()
	case x == -1:
		return Inf(-1)
	case IsInf(x, 1):
		return Inf(1)
	}
	absx := Abs(x)
	var f float64
	var iu uint64
	k := 1
	if absx < sqrt2M1 {
		if absx < small {
			if absx < tiny {
				return x
			}
			return x - x*x*0.5
		}
		if x > sqrt2HalfM1 {
			// sqrt(2)/2-1 < x < sqrt(2)-1: no reduction.
			k = 0
			f = x
			iu = 1
		}
	}
	var c float64 // the rounding error of 1+x, relative
	if k != 0 {
		var u float64
		if absx < two53 {
			u = 1.0 + x
			iu = Float64bits(u)
			k = int((iu >> 52) - 1023)
			if k > 0 {
				c = 1.0 - (u - x)
			} else {
				c = x - (u - 1.0)
			}
			c /= u
		} else {
			u = x
			iu = Float64bits(u)
			k = int((iu >> 52) - 1023)
			c = 0
		}
		iu &= 0x000fffffffffffff
		if iu < 0x0006a09e667f3bcd { // the mantissa of sqrt(2)
			u = Float64frombits(iu | 0x3ff0000000000000)
		} else {
			k++
			u = Float64frombits(iu | 0x3fe0000000000000)
			iu = (0x0010000000000000 - iu) >> 2
		}
		f = u - 1.0 // sqrt(2)/2 < u < sqrt(2)
	}
	hfsq := 0.5 * f * f
	var s, R, z float64
	if iu == 0 { // |f| < 2**-20
		if f == 0 {
			if k == 0 {
				return 0
			}
			c += float64(k) * ln2Lo
			return float64(k)*ln2Hi + c
		}
		R = hfsq * (1.0 - 0.66666666666666666*f)
		if k == 0 {
			return f - R
		}
		return float64(k)*ln2Hi - ((R - (float64(k)*ln2Lo + c)) - f)
	}
	s = f / (2.0 + f)
	z = s * s
	R = z * (Lp1 + z*(Lp2+z*(Lp3+z*(Lp4+z*(Lp5+z*(Lp6+z*Lp7))))))
	if k == 0 {
		return f - (hfsq - s*(hfsq+R))
	}
	return float64(k)*ln2Hi - ((hfsq - (s*(hfsq+R) + (float64(k)*ln2Lo + c))) - f)
}

// pow10lo is 10**n for 0 <= n < 32, exactly as the constant 1eN rounds.
func pow10lo(n uint) float64 {
	f := 1.0
	switch n {
	case 1:
		f = 1e1
	case 2:
		f = 1e2
	case 3:
		f = 1e3
	case 4:
		f = 1e4
	case 5:
		f = 1e5
	case 6:
		f = 1e6
	case 7:
		f = 1e7
	case 8:
		f = 1e8
	case 9:
		f = 1e9
	case 10:
		f = 1e10
	case 11:
		f = 1e11
	case 12:
		f = 1e12
	case 13:
		f = 1e13
	case 14:
		f = 1e14
	case 15:
		f = 1e15
	case 16:
		f = 1e16
	case 17:
		f = 1e17
	case 18:
		f = 1e18
	case 19:
		f = 1e19
	case 20:
		f = 1e20
	case 21:
		f = 1e21
	case 22:
		f = 1e22
	case 23:
		f = 1e23
	case 24:
		f = 1e24
	case 25:
		f = 1e25
	case 26:
		f = 1e26
	case 27:
		f = 1e27
	case 28:
		f = 1e28
	case 29:
		f = 1e29
	case 30:
		f = 1e30
	case 31:
		f = 1e31
	}
	return f
}

// pow10hi is 10**(32k) for 0 <= k <= 9 (1e-32k for neg, 0 <= k <= 10).
func pow10hi(k uint, neg bool) float64 {
	if neg {
		switch k {
		case 1:
			return 1e-32
		case 2:
			return 1e-64
		case 3:
			return 1e-96
		case 4:
			return 1e-128
		case 5:
			return 1e-160
		case 6:
			return 1e-192
		case 7:
			return 1e-224
		case 8:
			return 1e-256
		case 9:
			return 1e-288
		case 10:
			return 1e-320
		}
		return 1
	}
	switch k {
	case 1:
		return 1e32
	case 2:
		return 1e64
	case 3:
		return 1e96
	case 4:
		return 1e128
	case 5:
		return 1e160
	case 6:
		return 1e192
	case 7:
		return 1e224
	case 8:
		return 1e256
	case 9:
		return 1e288
	}
	return 1
}

// Pow10 returns 10**n, the base-10 exponential of n (0 below 1e-323, +Inf above 1e308),
// composed of two exact powers as Go does.
func Pow10(n int) float64 {
	if 0 <= n && n <= 308 {
		return pow10hi(uint(n)/32, false) * pow10lo(uint(n)%32)
	}
	if -323 <= n && n <= 0 {
		return pow10hi(uint(-n)/32, true) / pow10lo(uint(-n)%32)
	}
	if n > 0 {
		return Inf(1)
	}
	return 0
}
