package main

import (
	"fmt"
	"math"
	"math/rand"
)

func main() {
	// The global source: NormFloat64 and ExpFloat64 from seed 1.
	fmt.Println(rand.NormFloat64(), rand.ExpFloat64())
	for _, seed := range []int64{1, 2, 3, 99, -7} {
		r := rand.New(rand.NewSource(seed))
		for i := 0; i < 4; i++ {
			fmt.Print(r.NormFloat64(), " ", r.ExpFloat64(), " ")
		}
		fmt.Println()
	}
	// Many draws hit the tails and the wedges: sums, extremes and a bit checksum.
	r := rand.New(rand.NewSource(12345))
	var sn, se, maxn, maxe float64
	var bits uint64
	for i := 0; i < 200000; i++ {
		n := r.NormFloat64()
		e := r.ExpFloat64()
		sn += n
		se += e
		maxn = math.Max(maxn, math.Abs(n))
		maxe = math.Max(maxe, e)
		bits = bits*31 + math.Float64bits(n) ^ math.Float64bits(e)
	}
	fmt.Println(sn, se, maxn, maxe, bits)

	// Zipf.
	fmt.Println(rand.NewZipf(r, 1, 1, 10) == nil, rand.NewZipf(r, 2, 0.5, 10) == nil)
	for _, p := range [][3]float64{{1.1, 1, 100}, {2, 1, 10}, {3.5, 2.5, 1000000}, {1.5, 10, 0}} {
		z := rand.NewZipf(rand.New(rand.NewSource(7)), p[0], p[1], uint64(p[2]))
		for i := 0; i < 12; i++ {
			fmt.Print(z.Uint64(), " ")
		}
		fmt.Println()
	}
	var z *rand.Zipf
	defer func() { fmt.Println("panic:", recover()) }()
	z.Uint64()
}
