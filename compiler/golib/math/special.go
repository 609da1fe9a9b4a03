// Package math: Go 1.19's error and gamma functions (Erf, Erfc, Erfinv, Erfcinv, Gamma,
// Lgamma): ports of Go's pure-Go code (FreeBSD's and Cephes' algorithms), operation for
// operation.
package math

// Coefficients of erf and erfc (FreeBSD's s_erf.c).
const (
	erx  = 8.45062911510467529297e-01 // 0x3FEB0AC160000000
	efx  = 1.28379167095512586316e-01 // 0x3FC06EBA8214DB69
	efx8 = 1.02703333676410069053e+00 // 0x3FF06EBA8214DB69
	// erf in [0, 0.84375]
	pp0 = 1.28379167095512558561e-01  // 0x3FC06EBA8214DB68
	pp1 = -3.25042107247001499370e-01 // 0xBFD4CD7D691CB913
	pp2 = -2.84817495755985104766e-02 // 0xBF9D2A51DBD7194F
	pp3 = -5.77027029648944159157e-03 // 0xBF77A291236668E4
	pp4 = -2.37630166566501626084e-05 // 0xBEF8EAD6120016AC
	qq1 = 3.97917223959155352819e-01  // 0x3FD97779CDDADC09
	qq2 = 6.50222499887672944485e-02  // 0x3FB0A54C5536CEBA
	qq3 = 5.08130628187576562776e-03  // 0x3F74D022C4D36B0F
	qq4 = 1.32494738004321644526e-04  // 0x3F215DC9221C1A10
	qq5 = -3.96022827877536812320e-06 // 0xBED09C4342A26120
	// erf in [0.84375, 1.25]
	pa0 = -2.36211856075265944077e-03 // 0xBF6359B8BEF77538
	pa1 = 4.14856118683748331666e-01  // 0x3FDA8D00AD92B34D
	pa2 = -3.72207876035701323847e-01 // 0xBFD7D240FBB8C3F1
	pa3 = 3.18346619901161753674e-01  // 0x3FD45FCA805120E4
	pa4 = -1.10894694282396677476e-01 // 0xBFBC63983D3E28EC
	pa5 = 3.54783043256182359371e-02  // 0x3FA22A36599795EB
	pa6 = -2.16637559486879084300e-03 // 0xBF61BF380A96073F
	qa1 = 1.06420880400844228286e-01  // 0x3FBB3E6618EEE323
	qa2 = 5.40397917702171048937e-01  // 0x3FE14AF092EB6F33
	qa3 = 7.18286544141962662868e-02  // 0x3FB2635CD99FE9A7
	qa4 = 1.26171219808761642112e-01  // 0x3FC02660E763351F
	qa5 = 1.36370839120290507362e-02  // 0x3F8BEDC26B51DD1C
	qa6 = 1.19844998467991074170e-02  // 0x3F888B545735151D
	// erfc in [1.25, 1/0.35]
	ra0 = -9.86494403484714822705e-03 // 0xBF843412600D6435
	ra1 = -6.93858572707181764372e-01 // 0xBFE63416E4BA7360
	ra2 = -1.05586262253232909814e+01 // 0xC0251E0441B0E726
	ra3 = -6.23753324503260060396e+01 // 0xC04F300AE4CBA38D
	ra4 = -1.62396669462573470355e+02 // 0xC0644CB184282266
	ra5 = -1.84605092906711035994e+02 // 0xC067135CEBCCABB2
	ra6 = -8.12874355063065934246e+01 // 0xC054526557E4D2F2
	ra7 = -9.81432934416914548592e+00 // 0xC023A0EFC69AC25C
	sa1 = 1.96512716674392571292e+01  // 0x4033A6B9BD707687
	sa2 = 1.37657754143519042600e+02  // 0x4061350C526AE721
	sa3 = 4.34565877475229228821e+02  // 0x407B290DD58A1A71
	sa4 = 6.45387271733267880336e+02  // 0x40842B1921EC2868
	sa5 = 4.29008140027567833386e+02  // 0x407AD02157700314
	sa6 = 1.08635005541779435134e+02  // 0x405B28A3EE48AE2C
	sa7 = 6.57024977031928170135e+00  // 0x401A47EF8E484A93
	sa8 = -6.04244152148580987438e-02 // 0xBFAEEFF2EE749A62
	// erfc in [1/0.35, 28]
	rb0 = -9.86494292470009928597e-03 // 0xBF84341239E86F4A
	rb1 = -7.99283237680523006574e-01 // 0xBFE993BA70C285DE
	rb2 = -1.77579549177547519889e+01 // 0xC031C209555F995A
	rb3 = -1.60636384855821916062e+02 // 0xC064145D43C5ED98
	rb4 = -6.37566443368389627722e+02 // 0xC083EC881375F228
	rb5 = -1.02509513161107724954e+03 // 0xC09004616A2E5992
	rb6 = -4.83519191608651397019e+02 // 0xC07E384E9BDC383F
	sb1 = 3.03380607434824582924e+01  // 0x403E568B261D5190
	sb2 = 3.25792512996573918826e+02  // 0x40745CAE221B9F0A
	sb3 = 1.53672958608443695994e+03  // 0x409802EB189D5118
	sb4 = 3.19985821950859553908e+03  // 0x40A8FFB7688C246A
	sb5 = 2.55305040643316442583e+03  // 0x40A3F219CEDF3BE6
	sb6 = 4.74528541206955367215e+02  // 0x407DA874E79FE763
	sb7 = -2.24409524465858183362e+01 // 0xC03670E242712D62
)

// erfcTail is erfc(x)·x for 1.25 <= x < 28 (x positive): exp(-x*x - 0.5625 + R/S) with x*x
// split exactly through a pseudo-single z.
func erfcTail(x float64) float64 {
	s := 1 / (x * x)
	var R, S float64
	if x < 1/0.35 {
		R = ra0 + s*(ra1+s*(ra2+s*(ra3+s*(ra4+s*(ra5+s*(ra6+s*ra7))))))
		S = 1 + s*(sa1+s*(sa2+s*(sa3+s*(sa4+s*(sa5+s*(sa6+s*(sa7+s*sa8)))))))
	} else {
		R = rb0 + s*(rb1+s*(rb2+s*(rb3+s*(rb4+s*(rb5+s*rb6)))))
		S = 1 + s*(sb1+s*(sb2+s*(sb3+s*(sb4+s*(sb5+s*(sb6+s*sb7))))))
	}
	z := Float64frombits(Float64bits(x) & 0xffffffff00000000)
	return Exp(-z*z-0.5625) * Exp((z-x)*(z+x)+R/S)
}

// Erf returns the error function of x.
func Erf(x float64) float64 {
	const (
		veryTiny = 2.848094538889218e-306 // 0x0080000000000000
		small    = 1.0 / (1 << 28)        // 2**-28
	)
	switch {
	case x != x:
		return NaN()
	case IsInf(x, 1):
		return 1
	case IsInf(x, -1):
		return -1
	}
	neg := x < 0
	if neg {
		x = -x
	}
	if x < 0.84375 {
		var r float64
		if x < small {
			if x < veryTiny {
				r = 0.125 * (8.0*x + efx8*x) // avoids underflow
			} else {
				r = x + efx*x
			}
		} else {
			z := x * x
			p := pp0 + z*(pp1+z*(pp2+z*(pp3+z*pp4)))
			q := 1 + z*(qq1+z*(qq2+z*(qq3+z*(qq4+z*qq5))))
			y := p / q
			r = x + x*y
		}
		if neg {
			return -r
		}
		return r
	}
	if x < 1.25 {
		s := x - 1
		P := pa0 + s*(pa1+s*(pa2+s*(pa3+s*(pa4+s*(pa5+s*pa6)))))
		Q := 1 + s*(qa1+s*(qa2+s*(qa3+s*(qa4+s*(qa5+s*qa6)))))
		if neg {
			return -erx - P/Q
		}
		return erx + P/Q
	}
	if x >= 6 {
		if neg {
			return -1
		}
		return 1
	}
	r := erfcTail(x)
	if neg {
		return r/x - 1
	}
	return 1 - r/x
}

// Erfc returns the complementary error function of x.
func Erfc(x float64) float64 {
	const tiny = 1.0 / (1 << 56) // 2**-56
	switch {
	case x != x:
		return NaN()
	case IsInf(x, 1):
		return 0
	case IsInf(x, -1):
		return 2
	}
	neg := x < 0
	if neg {
		x = -x
	}
	if x < 0.84375 {
		var r float64
		if x < tiny {
			r = x
		} else {
			z := x * x
			p := pp0 + z*(pp1+z*(pp2+z*(pp3+z*pp4)))
			q := 1 + z*(qq1+z*(qq2+z*(qq3+z*(qq4+z*qq5))))
			y := p / q
			if x < 0.25 {
				r = x + x*y
			} else {
				r = 0.5 + (x*y + (x - 0.5))
			}
		}
		if neg {
			return 1 + r
		}
		return 1 - r
	}
	if x < 1.25 {
		s := x - 1
		P := pa0 + s*(pa1+s*(pa2+s*(pa3+s*(pa4+s*(pa5+s*pa6)))))
		Q := 1 + s*(qa1+s*(qa2+s*(qa3+s*(qa4+s*(qa5+s*qa6)))))
		if neg {
			return 1 + erx + P/Q
		}
		return 1 - erx - P/Q
	}
	if x < 28 {
		if neg && x > 6 && x >= 1/0.35 {
			return 2
		}
		r := erfcTail(x)
		if neg {
			return 2 - r/x
		}
		return r / x
	}
	if neg {
		return 2
	}
	return 0
}

// Erfinv returns the inverse error function of x (±Inf for ±1, NaN outside [-1, 1]);
// Giles' rational approximations, as Go's.
func Erfinv(x float64) float64 {
	const (
		// |x| <= 0.85
		a0 = 1.1975323115670912564578e0
		a1 = 4.7072688112383978012285e1
		a2 = 6.9706266534389598238465e2
		a3 = 4.8548868893843886794648e3
		a4 = 1.6235862515167575384252e4
		a5 = 2.3782041382114385731252e4
		a6 = 1.1819493347062294404278e4
		a7 = 8.8709406962545514830200e2
		b0 = 1.0000000000000000000e0
		b1 = 4.2313330701600911252e1
		b2 = 6.8718700749205790830e2
		b3 = 5.3941960214247511077e3
		b4 = 2.1213794301586595867e4
		b5 = 3.9307895800092710610e4
		b6 = 2.8729085735721942674e4
		b7 = 5.2264952788528545610e3
		// 0.85 < |x| <= 1-2*exp(-25)
		c0 = 1.42343711074968357734e0
		c1 = 4.63033784615654529590e0
		c2 = 5.76949722146069140550e0
		c3 = 3.64784832476320460504e0
		c4 = 1.27045825245236838258e0
		c5 = 2.41780725177450611770e-1
		c6 = 2.27238449892691845833e-2
		c7 = 7.74545014278341407640e-4
		d0 = 1.4142135623730950488016887e0
		d1 = 2.9036514445419946173133295e0
		d2 = 2.3707661626024532365971225e0
		d3 = 9.7547832001787427186894837e-1
		d4 = 2.0945065210512749128288442e-1
		d5 = 2.1494160384252876777097297e-2
		d6 = 7.7441459065157709165577218e-4
		d7 = 1.4859850019840355905497876e-9
		// 1-2*exp(-25) < |x| < 1
		e0 = 6.65790464350110377720e0
		e1 = 5.46378491116411436990e0
		e2 = 1.78482653991729133580e0
		e3 = 2.96560571828504891230e-1
		e4 = 2.65321895265761230930e-2
		e5 = 1.24266094738807843860e-3
		e6 = 2.71155556874348757815e-5
		e7 = 2.01033439929228813265e-7
		f0 = 1.414213562373095048801689e0
		f1 = 8.482908416595164588112026e-1
		f2 = 1.936480946950659106176712e-1
		f3 = 2.103693768272068968719679e-2
		f4 = 1.112800997078859844711555e-3
		f5 = 2.611088405080593625138020e-5
		f6 = 2.010321207683943062279931e-7
		f7 = 2.891024605872965461538222e-15
	)
	if x != x || x <= -1 || x >= 1 {
		if x == -1 || x == 1 {
			return Inf(int(x))
		}
		return NaN()
	}
	neg := x < 0
	if neg {
		x = -x
	}
	var ans float64
	if x <= 0.85 {
		r := 0.180625 - 0.25*x*x
		z1 := ((((((a7*r+a6)*r+a5)*r+a4)*r+a3)*r+a2)*r+a1)*r + a0
		z2 := ((((((b7*r+b6)*r+b5)*r+b4)*r+b3)*r+b2)*r+b1)*r + b0
		ans = (x * z1) / z2
	} else {
		var z1, z2 float64
		r := Sqrt(Ln2 - Log(1.0-x))
		if r <= 5.0 {
			r -= 1.6
			z1 = ((((((c7*r+c6)*r+c5)*r+c4)*r+c3)*r+c2)*r+c1)*r + c0
			z2 = ((((((d7*r+d6)*r+d5)*r+d4)*r+d3)*r+d2)*r+d1)*r + d0
		} else {
			r -= 5.0
			z1 = ((((((e7*r+e6)*r+e5)*r+e4)*r+e3)*r+e2)*r+e1)*r + e0
			z2 = ((((((f7*r+f6)*r+f5)*r+f4)*r+f3)*r+f2)*r+f1)*r + f0
		}
		ans = z1 / z2
	}
	if neg {
		return -ans
	}
	return ans
}

// Erfcinv returns the inverse of Erfc(x).
func Erfcinv(x float64) float64 { return Erfinv(1 - x) }

// stirling returns Gamma(x) for x > 33 by Stirling's formula, as two factors whose product
// is the result (the second only differs from 1 when one factor alone would overflow).
func stirling(x float64) (float64, float64) {
	if x > 200 {
		return Inf(1), 1
	}
	const (
		sqrtTwoPi   = 2.506628274631000502417
		maxStirling = 143.01608
		S0          = 7.87311395793093628397e-04
		S1          = -2.29549961613378126380e-04
		S2          = -2.68132617805781232825e-03
		S3          = 3.47222221605458667310e-03
		S4          = 8.33333333333482257126e-02
	)
	w := 1 / x
	w = 1 + w*((((S0*w+S1)*w+S2)*w+S3)*w+S4)
	y1 := Exp(x)
	y2 := 1.0
	if x > maxStirling { // Pow would overflow
		v := Pow(x, 0.5*x-0.25)
		y1, y2 = v, v/y1
	} else {
		y1 = Pow(x, x-0.5) / y1
	}
	return y1, sqrtTwoPi * w * y2
}

// isNegInt reports whether x is a negative integer.
func isNegInt(x float64) bool {
	if x < 0 {
		_, xf := Modf(x)
		return xf == 0
	}
	return false
}

// Gamma returns the Gamma function of x (Cephes' algorithm, as Go's).
func Gamma(x float64) float64 {
	const (
		euler = 0.57721566490153286060651209008240243104215933593992 // A001620
		P0    = 1.60119522476751861407e-04
		P1    = 1.19135147006586384913e-03
		P2    = 1.04213797561761569935e-02
		P3    = 4.76367800457137231464e-02
		P4    = 2.07448227648435975150e-01
		P5    = 4.94214826801497100753e-01
		P6    = 9.99999999999999996796e-01
		Q0    = -2.31581873324120129819e-05
		Q1    = 5.39605580493303397842e-04
		Q2    = -4.45641913851797240494e-03
		Q3    = 1.18139785222060435552e-02
		Q4    = 3.58236398605498653373e-02
		Q5    = -2.34591795718243348568e-01
		Q6    = 7.14304917030273074085e-02
		Q7    = 1.00000000000000000320e+00
	)
	switch {
	case isNegInt(x) || IsInf(x, -1) || x != x:
		return NaN()
	case IsInf(x, 1):
		return Inf(1)
	case x == 0:
		if Signbit(x) {
			return Inf(-1)
		}
		return Inf(1)
	}
	q := Abs(x)
	p := Floor(q)
	if q > 33 {
		if x >= 0 {
			y1, y2 := stirling(x)
			return y1 * y2
		}
		// Reflection: Gamma(x) = -Pi / (x sin(Pi x) Gamma(-x)). x is not an integer, so
		// q < 2**52 and int64(p) is exact.
		sign := 1
		if ip := int64(p); ip&1 == 0 {
			sign = -1
		}
		z := q - p
		if z > 0.5 {
			p = p + 1
			z = q - p
		}
		z = q * Sin(Pi*z)
		if z == 0 {
			return Inf(sign)
		}
		sq1, sq2 := stirling(q)
		absz := Abs(z)
		d := absz * sq1 * sq2
		if IsInf(d, 0) {
			z = Pi / absz / sq1 / sq2
		} else {
			z = Pi / d
		}
		return float64(sign) * z
	}
	// Reduce x to [2, 3) by the recurrence, accumulating the factor in z.
	z := 1.0
	for x >= 3 {
		x = x - 1
		z = z * x
	}
	small := false
	for x < 0 {
		if x > -1e-09 {
			small = true
			break
		}
		z = z / x
		x = x + 1
	}
	if !small {
		for x < 2 {
			if x < 1e-09 {
				small = true
				break
			}
			z = z / x
			x = x + 1
		}
	}
	if small {
		if x == 0 {
			return Inf(1)
		}
		return z / ((1 + euler*x) * x)
	}
	if x == 2 {
		return z
	}
	x = x - 2
	p = (((((x*P0+P1)*x+P2)*x+P3)*x+P4)*x+P5)*x + P6
	q = ((((((x*Q0+Q1)*x+Q2)*x+Q3)*x+Q4)*x+Q5)*x+Q6)*x + Q7
	return z * p / q
}

// sinPi returns -sin(Pi x) for x > 0, exactly reduced (Lgamma's reflection).
func sinPi(x float64) float64 {
	const (
		two52 = 1 << 52
		two53 = 1 << 53
	)
	if x < 0.25 {
		return -Sin(Pi * x)
	}
	z := Floor(x)
	var n int
	if z != x {
		x = Mod(x, 2)
		n = int(x * 4)
	} else {
		if x >= two53 { // an even integer
			x = 0
			n = 0
		} else {
			if x < two52 {
				z = x + two52 // exact: the low bit of z is the parity of x
			}
			n = int(1 & Float64bits(z))
			x = float64(n)
			n <<= 2
		}
	}
	switch n {
	case 0:
		x = Sin(Pi * x)
	case 1, 2:
		x = Cos(Pi * (0.5 - x))
	case 3, 4:
		x = Sin(Pi * (1 - x))
	case 5, 6:
		x = -Cos(Pi * (x - 1.5))
	default:
		x = Sin(Pi * (x - 2))
	}
	return -x
}

// Lgamma returns the natural logarithm and sign (-1 or +1) of Gamma(x) (FreeBSD's e_lgamma_r.c,
// as Go's).
func Lgamma(x float64) (lgamma float64, sign int) {
	const (
		ymin  = 1.461632144968362245
		two52 = 1 << 52
		two58 = 1 << 58
		tiny  = 1.0 / (1 << 70)
		tc    = 1.46163214496836224576e+00  // 0x3FF762D86356BE3F
		tf    = -1.21486290535849611461e-01 // 0xBFBF19B9BCC38A42
		tt    = -3.63867699703950536541e-18 // 0xBC50C7CAA48A971F: tt = -(tail of tf)

		A0  = 7.72156649015328655494e-02
		A1  = 3.22467033424113591611e-01
		A2  = 6.73523010531292681824e-02
		A3  = 2.05808084325167332806e-02
		A4  = 7.38555086081402883957e-03
		A5  = 2.89051383673415629091e-03
		A6  = 1.19270763183362067845e-03
		A7  = 5.10069792153511336608e-04
		A8  = 2.20862790713908385557e-04
		A9  = 1.08011567247583939954e-04
		A10 = 2.52144565451257326939e-05
		A11 = 4.48640949618915160150e-05
		R1  = 1.39200533467621045958e+00
		R2  = 7.21935547567138069525e-01
		R3  = 1.71933865632803078993e-01
		R4  = 1.86459191715652901344e-02
		R5  = 7.77942496381893596434e-04
		R6  = 7.32668430744625636189e-06
		S0  = -7.72156649015328655494e-02
		S1  = 2.14982415960608852501e-01
		S2  = 3.25778796408930981787e-01
		S3  = 1.46350472652464452805e-01
		S4  = 2.66422703033638609560e-02
		S5  = 1.84028451407337715652e-03
		S6  = 3.19475326584100867617e-05
		T0  = 4.83836122723810047042e-01
		T1  = -1.47587722994593911752e-01
		T2  = 6.46249402391333854778e-02
		T3  = -3.27885410759859649565e-02
		T4  = 1.79706750811820387126e-02
		T5  = -1.03142241298341437450e-02
		T6  = 6.10053870246291332635e-03
		T7  = -3.68452016781138256760e-03
		T8  = 2.25964780900612472250e-03
		T9  = -1.40346469989232843813e-03
		T10 = 8.81081882437654011382e-04
		T11 = -5.38595305356740546715e-04
		T12 = 3.15632070903625950361e-04
		T13 = -3.12754168375120860518e-04
		T14 = 3.35529192635519073543e-04
		U0  = -7.72156649015328655494e-02
		U1  = 6.32827064025093366517e-01
		U2  = 1.45492250137234768737e+00
		U3  = 9.77717527963372745603e-01
		U4  = 2.28963728064692451092e-01
		U5  = 1.33810918536787660377e-02
		V1  = 2.45597793713041134822e+00
		V2  = 2.12848976379893395361e+00
		V3  = 7.69285150456672783825e-01
		V4  = 1.04222645593369134254e-01
		V5  = 3.21709242282423911810e-03
		W0  = 4.18938533204672725052e-01
		W1  = 8.33333333333329678849e-02
		W2  = -2.77777777728775536470e-03
		W3  = 7.93650558643019558500e-04
		W4  = -5.95187557450339963135e-04
		W5  = 8.36339918996282139126e-04
		W6  = -1.63092934096575273989e-03
	)
	sign = 1
	switch {
	case x != x || IsInf(x, 0):
		lgamma = x
		return
	case x == 0:
		lgamma = Inf(1)
		return
	}
	neg := false
	if x < 0 {
		x = -x
		neg = true
	}
	if x < tiny {
		if neg {
			sign = -1
		}
		lgamma = -Log(x)
		return
	}
	var nadj float64
	if neg {
		if x >= two52 { // a negative integer
			lgamma = Inf(1)
			return
		}
		t := sinPi(x)
		if t == 0 {
			lgamma = Inf(1)
			return
		}
		nadj = Log(Pi / Abs(t*x))
		if t < 0 {
			sign = -1
		}
	}
	switch {
	case x == 1 || x == 2:
		lgamma = 0
		return
	case x < 2:
		var y float64
		var i int
		if x <= 0.9 {
			lgamma = -Log(x)
			switch {
			case x >= (ymin - 1 + 0.27):
				y = 1 - x
				i = 0
			case x >= (ymin - 1 - 0.27):
				y = x - (tc - 1)
				i = 1
			default:
				y = x
				i = 2
			}
		} else {
			lgamma = 0
			switch {
			case x >= (ymin + 0.27):
				y = 2 - x
				i = 0
			case x >= (ymin - 0.27):
				y = x - tc
				i = 1
			default:
				y = x - 1
				i = 2
			}
		}
		switch i {
		case 0:
			z := y * y
			p1 := A0 + z*(A2+z*(A4+z*(A6+z*(A8+z*A10))))
			p2 := z * (A1 + z*(+A3+z*(A5+z*(A7+z*(A9+z*A11)))))
			p := y*p1 + p2
			lgamma += (p - 0.5*y)
		case 1:
			z := y * y
			w := z * y
			p1 := T0 + w*(T3+w*(T6+w*(T9+w*T12)))
			p2 := T1 + w*(T4+w*(T7+w*(T10+w*T13)))
			p3 := T2 + w*(T5+w*(T8+w*(T11+w*T14)))
			p := z*p1 - (tt - w*(p2+y*p3))
			lgamma += (tf + p)
		case 2:
			p1 := y * (U0 + y*(U1+y*(U2+y*(U3+y*(U4+y*U5)))))
			p2 := 1 + y*(V1+y*(V2+y*(V3+y*(V4+y*V5))))
			lgamma += (-0.5*y + p1/p2)
		}
	case x < 8:
		i := int(x)
		y := x - float64(i)
		p := y * (S0 + y*(S1+y*(S2+y*(S3+y*(S4+y*(S5+y*S6))))))
		q := 1 + y*(R1+y*(R2+y*(R3+y*(R4+y*(R5+y*R6)))))
		lgamma = 0.5*y + p/q
		// Lgamma(1+s) = Log(s) + Lgamma(s): multiply the factors from the top down.
		z := 1.0
		if i >= 7 {
			z *= (y + 6)
		}
		if i >= 6 {
			z *= (y + 5)
		}
		if i >= 5 {
			z *= (y + 4)
		}
		if i >= 4 {
			z *= (y + 3)
		}
		if i >= 3 {
			z *= (y + 2)
			lgamma += Log(z)
		}
	case x < two58:
		t := Log(x)
		z := 1 / x
		y := z * z
		w := W0 + z*(W1+y*(W2+y*(W3+y*(W4+y*(W5+y*W6)))))
		lgamma = (x-0.5)*(t-1) + w
	default:
		lgamma = x * (Log(x) - 1)
	}
	if neg {
		lgamma = nadj - lgamma
	}
	return
}
