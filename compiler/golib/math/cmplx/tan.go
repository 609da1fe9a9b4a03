package cmplx

import (
	"math"
	"math/bits"
)

// The tangent family computes, with a = 2·re and b = 2·im,
//
//	tan(x)  = (sin a + i·sinh b) / (cos a + cosh b)
//	cot(x)  = (sin a − i·sinh b) / (cosh b − cos a)
//	tanh(x) = (sinh a + i·sin b) / (cosh a + cos b)
//
// and, where tan's and cot's denominator is small enough to have lost its
// accuracy to cancellation, evaluates it instead by the series tanSeries.

// Tan returns the tangent of x.
func Tan(x complex128) complex128 {
	re, im := real(x), imag(x)
	if math.IsInf(im, 0) {
		if isInfOrNaN(re) {
			return complex(math.Copysign(0, re), math.Copysign(1, im))
		}
		return complex(math.Copysign(0, math.Sin(2*re)), math.Copysign(1, im))
	}
	if re == 0 && math.IsNaN(im) {
		return x
	}
	den := math.Cos(2*re) + math.Cosh(2*im)
	if math.Abs(den) < 0.25 {
		den = tanSeries(x)
	}
	if den == 0 {
		return Inf()
	}
	return complex(math.Sin(2*re)/den, math.Sinh(2*im)/den)
}

// Tanh returns the hyperbolic tangent of x.
func Tanh(x complex128) complex128 {
	re, im := real(x), imag(x)
	if math.IsInf(re, 0) {
		if isInfOrNaN(im) {
			return complex(math.Copysign(1, re), math.Copysign(0, im))
		}
		return complex(math.Copysign(1, re), math.Copysign(0, math.Sin(2*im)))
	}
	if im == 0 && math.IsNaN(re) {
		return x
	}
	den := math.Cosh(2*re) + math.Cos(2*im)
	if den == 0 {
		return Inf()
	}
	return complex(math.Sinh(2*re)/den, math.Sin(2*im)/den)
}

// Cot returns the cotangent of x.
func Cot(x complex128) complex128 {
	re, im := real(x), imag(x)
	den := math.Cosh(2*im) - math.Cos(2*re)
	if math.Abs(den) < 0.25 {
		den = tanSeries(x)
	}
	if den == 0 {
		return Inf()
	}
	return complex(math.Sin(2*re)/den, -math.Sinh(2*im)/den)
}

// tanSeries returns cosh(b) − cos(a) for a = |2·re| reduced modulo π and
// b = |2·im|, summed from its Taylor series
//
//	Σ_{k≥1} (b^2k − (−1)^k·a^2k) / (2k)!
//
// two terms a step until the last term no longer changes the sum's
// leading 53 bits. (cos(a)+cosh(b) for tan is the same value up to the
// shift of a by π that the reduction absorbs.)
func tanSeries(z complex128) float64 {
	const epsilon = 1.0 / (1 << 53)
	a := reducePi(math.Abs(2 * real(z)))
	b := math.Abs(2 * imag(z))
	a2, b2 := a*a, b*b
	aPow, bPow := 1.0, 1.0 // a^2k, b^2k
	fact := 1.0            // (2k)!
	n := 0.0
	sum := 0.0
	for {
		n++
		fact *= n
		n++
		fact *= n
		aPow *= a2
		bPow *= b2
		term := (bPow + aPow) / fact
		sum += term

		n++
		fact *= n
		n++
		fact *= n
		aPow *= a2
		bPow *= b2
		term = (bPow - aPow) / fact
		sum += term

		if !(math.Abs(term/sum) > epsilon) {
			return sum
		}
	}
}

// reducePi returns x reduced to the range [-π/2, π/2] modulo π.
// Below 2**30 it subtracts the nearest multiple of π in three parts
// (Cody and Waite); above, it takes the fractional part of x/π from the
// product of x's mantissa with the 192 bits of 1/π (invPi) that matter at
// x's exponent (Payne and Hanek).
func reducePi(x float64) float64 {
	const codyWaiteLimit = 1 << 30
	if math.Abs(x) < codyWaiteLimit {
		// π split so that k·piHi and k·piMid are exact for k < 2**30.
		const (
			piHi  = 3.141592502593994      // 0x400921fb40000000
			piMid = 1.5099578831723193e-07 // 0x3e84442d00000000
			piLo  = 1.0780605716316238e-14 // 0x3d08469898cc5170
		)
		k := float64(int64(x/math.Pi + 0.5))
		return ((x - k*piHi) - k*piMid) - k*piLo
	}
	return payneHanekPi(x)
}

// payneHanekPi is reducePi for |x| ≥ 2**30.
func payneHanekPi(x float64) float64 {
	const (
		mantBits = 52
		expMask  = 0x7FF
		expBias  = 1023
	)
	// x = m · 2**e with m an integer of 53 bits.
	xb := math.Float64bits(x)
	e := int(xb>>mantBits&expMask) - expBias - mantBits
	m := xb&(1<<mantBits-1) | 1<<mantBits

	// The bits of 1/π from weight 2**-e on (bits of greater weight give
	// whole multiples of π and drop out); invPi[0] is the integer word, so
	// the window starts in word (e+64)/64 at bit (e+64)%64.
	word, shift := uint(e+64)/64, uint(e+64)%64
	w0 := invPi[word]<<shift | invPi[word+1]>>(64-shift)
	w1 := invPi[word+1]<<shift | invPi[word+2]>>(64-shift)
	w2 := invPi[word+2]<<shift | invPi[word+3]>>(64-shift)

	// frac(x/π) as a 128-bit fraction hi:lo = (m · w0:w1:w2) mod 2**128,
	// keeping the high half of the lowest partial product.
	p2hi, _ := bits.Mul64(w2, m)
	p1hi, p1lo := bits.Mul64(w1, m)
	p0lo := w0 * m
	lo, carry := bits.Add64(p1lo, p2hi, 0)
	hi, _ := bits.Add64(p0lo, p1hi, carry)

	// Normalize the fraction into a float64 in [0, 1).
	lead := uint(bits.LeadingZeros64(hi)) + 1
	biasedExp := uint64(expBias - lead)
	hi = hi<<lead | lo>>(64-lead)
	hi >>= 64 - mantBits
	hi |= biasedExp << mantBits
	f := math.Float64frombits(hi)
	if f > 0.5 {
		f--
	}
	return math.Pi * f
}
