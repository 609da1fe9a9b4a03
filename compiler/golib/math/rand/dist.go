// Package rand: Go 1.19's NormFloat64 and ExpFloat64 (the ziggurat method of Marsaglia and
// Tsang, on Go's tables) and Zipf, drawing from a Rand exactly as Go's do. float32 arithmetic
// stays float32, as in Go.
package rand

import "math"

// f32 is the float32 whose IEEE bits a table holds.
func f32(bits uint32) float32 { return math.Float32frombits(bits) }

// NormFloat64 returns a normally distributed float64 in the range [-math.MaxFloat64,
// +math.MaxFloat64] with standard normal distribution (mean = 0, stddev = 1).
func (r *Rand) NormFloat64() float64 {
	const rn = 3.442619855899 // the start of the right tail
	for {
		j := int32(r.Uint32()) // the sign is the sign of the result
		i := j & 0x7F
		x := float64(j) * float64(f32(tab.wn[i]))
		aj := uint32(j)
		if j < 0 {
			aj = uint32(-j)
		}
		if aj < tab.kn[i] {
			return x // inside the rectangle
		}
		if i == 0 {
			// The tail, by Marsaglia's method.
			for {
				x = -math.Log(r.Float64()) * (1.0 / rn)
				y := -math.Log(r.Float64())
				if y+y >= x*x {
					break
				}
			}
			if j > 0 {
				return rn + x
			}
			return -rn - x
		}
		fi, fprev := f32(tab.fn[i]), f32(tab.fn[i-1])
		if fi+float32(r.Float64())*(fprev-fi) < float32(math.Exp(-.5*x*x)) {
			return x
		}
	}
}

// ExpFloat64 returns an exponentially distributed float64 in the range (0, +math.MaxFloat64]
// with an exponential distribution whose rate parameter (lambda) is 1 and whose mean is
// 1/lambda (1).
func (r *Rand) ExpFloat64() float64 {
	const re = 7.69711747013104972 // the start of the tail
	for {
		j := r.Uint32()
		i := j & 0xFF
		x := float64(j) * float64(f32(tab.we[i]))
		if j < tab.ke[i] {
			return x
		}
		if i == 0 {
			return re - math.Log(r.Float64())
		}
		fi, fprev := f32(tab.fe[i]), f32(tab.fe[i-1])
		if fi+float32(r.Float64())*(fprev-fi) < float32(math.Exp(-x)) {
			return x
		}
	}
}

// NormFloat64 returns a normally distributed float64 from the default Source.
func NormFloat64() float64 { return globalRand.NormFloat64() }

// ExpFloat64 returns an exponentially distributed float64 from the default Source.
func ExpFloat64() float64 { return globalRand.ExpFloat64() }

// A Zipf generates Zipf distributed variates (rejection-inversion, W.Hormann and
// G.Derflinger).
type Zipf struct {
	r            *Rand
	imax         float64
	v            float64
	q            float64
	s            float64
	oneminusQ    float64
	oneminusQinv float64
	hxm          float64
	hx0minusHxm  float64
}

func (z *Zipf) h(x float64) float64 {
	return math.Exp(z.oneminusQ*math.Log(z.v+x)) * z.oneminusQinv
}

func (z *Zipf) hinv(x float64) float64 {
	return math.Exp(z.oneminusQinv*math.Log(z.oneminusQ*x)) - z.v
}

// NewZipf returns a Zipf variate generator: P(k) is proportional to (v + k) ** (-s), for
// k in [0, imax]. It needs s > 1 and v >= 1 (nil otherwise).
func NewZipf(r *Rand, s float64, v float64, imax uint64) *Zipf {
	z := new(Zipf)
	if s <= 1.0 || v < 1 {
		return nil
	}
	z.r = r
	z.imax = float64(imax)
	z.v = v
	z.q = s
	z.oneminusQ = 1.0 - z.q
	z.oneminusQinv = 1.0 / z.oneminusQ
	z.hxm = z.h(z.imax + 0.5)
	z.hx0minusHxm = z.h(0.5) - math.Exp(math.Log(z.v)*(-z.q)) - z.hxm
	z.s = 1 - z.hinv(z.h(1.5)-math.Exp(-z.q*math.Log(z.v+1.0)))
	return z
}

// Uint64 returns a value drawn from the Zipf distribution described by the Zipf object.
func (z *Zipf) Uint64() uint64 {
	if z == nil {
		panic("rand: nil Zipf")
	}
	k := 0.0
	for {
		r := z.r.Float64()
		ur := z.hxm + r*z.hx0minusHxm
		x := z.hinv(ur)
		k = math.Floor(x + 0.5)
		if k-x <= z.s {
			break
		}
		if ur >= z.h(k+0.5)-math.Exp(-math.Log(k+z.v)*z.q) {
			break
		}
	}
	return uint64(k)
}
