package main

// Every math function over thousands of inputs, compared through a hash of the results' bits
// (a NaN counts as one value: its bits depend on the machine), so the last bit of every
// result is checked against Go's. Exp and what is computed from it are in math_exp_family.go.

import (
	"fmt"
	"math"
)

var state uint64 = 88172645463325252

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

type hash uint64

func (h *hash) add(f float64) {
	b := math.Float64bits(f)
	if f != f {
		b = 1
	}
	*h = (*h ^ hash(b)) * 1099511628211
}

func (h *hash) addInt(n int) { *h = (*h ^ hash(n)) * 1099511628211 }

// inputs: numbers of every magnitude, raw bit patterns, and integers and halves.
func inputs() []float64 {
	var xs []float64
	for i := 0; i < 1500; i++ {
		u := float64(next()>>11) / (1 << 53)
		k := int(next()%44) - 22
		xs = append(xs, math.Pow10(k)*(2*u-1))
	}
	for i := 0; i < 400; i++ {
		xs = append(xs, math.Float64frombits(next()))
	}
	for i := -60; i <= 60; i++ {
		xs = append(xs, float64(i)/2)
	}
	for i := 0; i < 300; i++ {
		u := float64(next()>>11) / (1 << 53)
		xs = append(xs, 8*u-4) // the range where most series switch
	}
	return xs
}

func main() {
	xs := inputs()
	f1 := []struct {
		name string
		f    func(float64) float64
	}{
		{"Asin", math.Asin}, {"Acos", math.Acos}, {"Atan", math.Atan},
		{"Asinh", math.Asinh}, {"Acosh", math.Acosh}, {"Atanh", math.Atanh},
		{"Erfinv", math.Erfinv}, {"Erfcinv", math.Erfcinv},
		{"J0", math.J0}, {"J1", math.J1}, {"Y0", math.Y0}, {"Y1", math.Y1},
		{"Exp2", math.Exp2}, {"Expm1", math.Expm1}, {"Log1p", math.Log1p}, {"Logb", math.Logb},
		{"Sqrt", func(x float64) float64 { return math.Sqrt(x) }},
		{"Log", func(x float64) float64 { return math.Log(x) }},
		{"Log2", func(x float64) float64 { return math.Log2(x) }},
		{"Log10", func(x float64) float64 { return math.Log10(x) }},
		{"Sin", func(x float64) float64 { return math.Sin(x) }},
		{"Cos", func(x float64) float64 { return math.Cos(x) }},
		{"Tan", func(x float64) float64 { return math.Tan(x) }},
		{"Cbrt", func(x float64) float64 { return math.Cbrt(x) }},
		{"Floor", func(x float64) float64 { return math.Floor(x) }},
		{"Round", func(x float64) float64 { return math.Round(x) }},
		{"RoundToEven", func(x float64) float64 { return math.RoundToEven(x) }},
	}
	for _, fn := range f1 {
		var h hash
		for _, x := range xs {
			h.add(fn.f(x))
		}
		fmt.Printf("%-12s %016x\n", fn.name, uint64(h))
	}
	var hf, hm, hl, hs, hi, hld, hj, hy hash
	for _, x := range xs {
		fr, e := math.Frexp(x)
		hf.add(fr)
		hf.addInt(e)
		ip, fp := math.Modf(x)
		hm.add(ip)
		hm.add(fp)
		lg, sg := math.Lgamma(x)
		hl.add(lg)
		hl.addInt(sg)
		s, c := math.Sincos(x)
		hs.add(s)
		hs.add(c)
		hi.addInt(math.Ilogb(x))
		for _, n := range []int{-1075, -1074, -1060, -1022, -100, -1, 0, 1, 52, 100, 1023, 1024} {
			hld.add(math.Ldexp(x, n))
		}
		for _, n := range []int{-5, -2, 2, 3, 7, 20, 100} {
			hj.add(math.Jn(n, x))
			hy.add(math.Yn(n, x))
		}
	}
	fmt.Printf("Frexp %016x\nModf %016x\nLgamma %016x\nSincos %016x\nIlogb %016x\nLdexp %016x\nJn %016x\nYn %016x\n",
		uint64(hf), uint64(hm), uint64(hl), uint64(hs), uint64(hi), uint64(hld), uint64(hj), uint64(hy))
	var ha, hmod, hr, hh, hd, hmax, hmin, hc, hn, hn32, hfma hash
	ys := xs[len(xs)-150:]
	zs := append(xs[:50:50], xs[1500:1550]...)
	for _, x := range zs {
		for _, y := range ys {
			ha.add(math.Atan2(x, y))
			hmod.add(math.Mod(x, y))
			hr.add(math.Remainder(x, y))
			hh.add(math.Hypot(x, y))
			hd.add(math.Dim(x, y))
			hmax.add(math.Max(x, y))
			hmin.add(math.Min(x, y))
			hc.add(math.Copysign(x, y))
			hn.add(math.Nextafter(x, y))
			hn32.add(float64(math.Nextafter32(float32(x), float32(y))))
			hfma.add(math.FMA(x, y, 0.1))
			hfma.add(math.FMA(x, y, -x*y))
		}
	}
	fmt.Printf("Atan2 %016x\nMod %016x\nRemainder %016x\nHypot %016x\nDim %016x\nMax %016x\nMin %016x\nCopysign %016x\nNextafter %016x\nNextafter32 %016x\nFMA %016x\n",
		uint64(ha), uint64(hmod), uint64(hr), uint64(hh), uint64(hd), uint64(hmax), uint64(hmin), uint64(hc), uint64(hn), uint64(hn32), uint64(hfma))
	var h10 hash
	for n := -400; n < 400; n++ {
		h10.add(math.Pow10(n))
	}
	fmt.Printf("Pow10 %016x\n", uint64(h10))
}
