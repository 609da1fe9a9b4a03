//go:build ignore

// Generates runtime/tests/data/math_cases.txt: Go 1.19's math results on linux/amd64 for the
// functions of runtime/src/pkg_math.rs, as float64 bit patterns in hex.
//
//	go run math_cases.go 400 > ../data/math_cases.txt
//	GODEBUG=cpu.fma=off go run math_cases.go 400 | diff ../data/math_cases.txt - | sed -n "s/^> //p" > ../data/math_cases_nofma.txt
//
// Exp (and Pow, which calls it) take a different path in Go's amd64 assembly when the CPU
// has AVX and FMA; the first line says which one produced the file. math_cases_nofma.txt
// keeps only the lines whose result differs on the non-FMA path. The argument is the
// number of generated inputs per function (besides the fixed special values).
// Line format: name, input bits..., "=>", result bits.
package main

import (
	"fmt"
	"math"
	"math/rand"
	"os"
	"strconv"
)

var r = rand.New(rand.NewSource(20230101))

func randBits() float64 {
	for {
		f := math.Float64frombits(r.Uint64())
		if !math.IsNaN(f) {
			return f
		}
	}
}

func special() []float64 {
	return []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, -2, 3, -3, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994,
		math.Inf(1), math.Inf(-1), math.NaN(), math.MaxFloat64, -math.MaxFloat64, math.SmallestNonzeroFloat64,
		-math.SmallestNonzeroFloat64, 2.2250738585072014e-308, 1e-310, math.Pi, math.Pi / 2, math.Pi / 4, -math.Pi,
		709.782712893384, 709.79, -745.1, -745.2, -708.5, 1e300, -1e300, 1 << 29, 1<<29 + 0.5, 1e20, 1e22, 4503599627370495.5,
		4503599627370496, 9007199254740993, 0.7071067811865476, 0.7071067811865475, 10, 100, 1000, 1e-5, 7, 1.0000000000000002,
		0.9999999999999999, 6.02214076e23, -1e-320}
}

// gen returns n inputs mixing several distributions.
func gen(n int) []float64 {
	out := special()
	for i := 0; i < n; i++ {
		var f float64
		switch i % 6 {
		case 0:
			f = randBits()
		case 1:
			f = (r.Float64()*2 - 1) * 10
		case 2:
			f = (r.Float64()*2 - 1) * 1000
		case 3:
			f = math.Ldexp(r.Float64(), r.Intn(120)-60)
		case 4:
			f = math.Ldexp(r.Float64()+0.5, r.Intn(1000)+20) // huge: Payne-Hanek range
		case 5:
			f = float64(r.Intn(2000)-1000) / 8 // halves and eighths
		}
		if r.Intn(2) == 0 {
			f = -f
		}
		out = append(out, f)
	}
	return out
}

func b(f float64) string { return fmt.Sprintf("%016x", math.Float64bits(f)) }

func main() {
	n, _ := strconv.Atoi(os.Args[1])
	fmt.Printf("fma\t%v\n", os.Getenv("GODEBUG") != "cpu.fma=off")
	unary := []struct {
		name string
		f    func(float64) float64
	}{
		{"Exp", math.Exp}, {"Log", math.Log}, {"Log2", math.Log2}, {"Log10", math.Log10},
		{"Sin", math.Sin}, {"Cos", math.Cos}, {"Tan", math.Tan}, {"Cbrt", math.Cbrt},
		{"Trunc", math.Trunc}, {"Floor", math.Floor}, {"Ceil", math.Ceil}, {"Round", math.Round},
		{"RoundToEven", math.RoundToEven},
	}
	for _, u := range unary {
		ins := gen(n)
		switch u.name {
		case "Exp":
			for i := 0; i < n; i++ {
				ins = append(ins, (r.Float64()*2-1)*745)
			}
		case "Log", "Log2", "Log10":
			for i := 0; i < n; i++ {
				ins = append(ins, math.Abs(randBits()), r.Float64()*4)
			}
		}
		for _, x := range ins {
			fmt.Printf("%s\t%s\t=>\t%s\n", u.name, b(x), b(u.f(x)))
		}
	}
	binary := []struct {
		name string
		f    func(float64, float64) float64
	}{{"Pow", math.Pow}, {"Mod", math.Mod}, {"Hypot", math.Hypot}}
	for _, bf := range binary {
		sp := special()
		var pairs [][2]float64
		for _, x := range sp {
			for _, y := range sp {
				if r.Intn(3) == 0 {
					pairs = append(pairs, [2]float64{x, y})
				}
			}
		}
		for i := 0; i < n*2; i++ {
			var x, y float64
			switch i % 5 {
			case 0:
				x, y = randBits(), randBits()
			case 1:
				x, y = r.Float64()*10, (r.Float64()*2-1)*50
			case 2:
				x, y = (r.Float64()*2-1)*100, float64(r.Intn(60)-30)
			case 3:
				x, y = math.Ldexp(r.Float64(), r.Intn(200)-100), (r.Float64()*2-1)*8
			case 4:
				x, y = r.Float64()+0.5, (r.Float64()*2-1)*2000
			}
			pairs = append(pairs, [2]float64{x, y})
		}
		for _, p := range pairs {
			fmt.Printf("%s\t%s\t%s\t=>\t%s\n", bf.name, b(p[0]), b(p[1]), b(bf.f(p[0], p[1])))
		}
	}
}
