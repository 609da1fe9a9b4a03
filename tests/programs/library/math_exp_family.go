package main

// math.Exp and the functions computed from it (Sinh, Cosh, Tanh, Erf, Erfc, Gamma, Pow) at
// special values and, through a hash of their bits, over thousands of inputs. Go's amd64 Exp
// is assembly with an FMA path taken on CPUs with AVX and FMA (runtime/src/pkg_math.rs
// transcribes both); the goldens come from such a CPU.

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

func show(f float64) string {
	if f != f {
		return "NaN"
	}
	if f == 0 && math.Signbit(f) {
		return "-0"
	}
	return fmt.Sprint(f)
}

var specials = []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), 1, -1, 0.5, -0.5, 2, -2, 5e-324, -5e-324, 1e-310, 1e-300, 1e300, -1e300, math.MaxFloat64, 1e-9, 0.84375, 1.25, 6, 28, 33.5, -33.5, 171.5, 200, -170.5, 0.625, 21.5, 44.1, 709.7, 710, -745.2, -746, 3, 10, 0.1, -0.1}

func main() {
	fs := []struct {
		name string
		f    func(float64) float64
	}{
		{"Exp", func(x float64) float64 { return math.Exp(x) }},
		{"Sinh", math.Sinh}, {"Cosh", math.Cosh}, {"Tanh", math.Tanh},
		{"Erf", math.Erf}, {"Erfc", math.Erfc}, {"Gamma", math.Gamma},
	}
	for _, fn := range fs {
		fmt.Print(fn.name, ":")
		for _, x := range specials {
			fmt.Print(" ", show(fn.f(x)))
		}
		fmt.Println()
	}
	var xs []float64
	for i := 0; i < 1500; i++ {
		u := float64(next()>>11) / (1 << 53)
		k := int(next()%44) - 22
		xs = append(xs, math.Pow10(k)*(2*u-1))
	}
	for i := 0; i < 300; i++ {
		u := float64(next()>>11) / (1 << 53)
		xs = append(xs, 80*u-40)
	}
	for _, fn := range fs {
		var h hash
		for _, x := range xs {
			h.add(fn.f(x))
		}
		fmt.Printf("%-6s %016x\n", fn.name, uint64(h))
	}
	var hp hash
	for _, x := range xs[:60] {
		for _, y := range xs[len(xs)-100:] {
			hp.add(math.Pow(x, y))
			hp.add(math.Pow(math.Abs(x), y/10))
		}
	}
	fmt.Printf("Pow %016x\n", uint64(hp))
	for _, p := range [][2]float64{{2, 10}, {2, -1074}, {-8, 1.0 / 3}, {0, -1}, {math.Copysign(0, -1), -3}, {-1, math.Inf(1)}, {1.0000001, 1e9}, {10, 308.5}, {0.5, 1075}} {
		fmt.Print(show(math.Pow(p[0], p[1])), " ")
	}
	fmt.Println()
}
