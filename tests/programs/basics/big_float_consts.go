package main

import "fmt"

// Float constants far outside float64's range (and outside 2^±4096, where Go switches from
// exact fractions to 512-bit floats with a 32-bit exponent) are still constants: arithmetic on
// them gives Go's results, including its rounding in the last bits.

const (
	huge    = 1e646456992
	huge1   = 1e646456991
	tiny    = 1e-646456992
	small   = 1e-779137
	smaller = 1e-779138
	mid     = 1e5000
)

var x = small
var y = smaller

func main() {
	fmt.Println(huge/huge1, huge/huge1 == 10, float64(huge/huge1) == 10.0)
	fmt.Println(huge*tiny, huge*tiny == 1, tiny*huge1 == 0.1)
	fmt.Println(mid*1e-5000 == 1, mid/1e4999, (mid+1)-mid, (mid+1)-mid == 0)
	fmt.Println(x, y, x == 0, small == 0, small*1e779137)
	fmt.Println(huge > huge1, -huge < tiny, tiny > 0, -tiny < 0)
	fmt.Println(1e10000/1e10000 == 1, 3e10000/1e10000 == 3, 1.5e-646456992*2e646456992 == 3)
	fmt.Println(tiny*tiny == 0, 0x1p-2147483000 == 0, 0x1p-2147483000*0x1p-2000 == 0)
	fmt.Println(0x1p2147483000/0x1p2147482999, 1e-1886451601 == 0)

	// Results back in float64's range convert normally, to float32 too.
	const r = 12.5e700000 / 1e700000
	var f32 float32 = r
	fmt.Println(r, f32, int(r*2))
	const third = 1e5000 / 3e5000
	fmt.Printf("%.20f %v\n", third, third*3 == 1)

	// Exact fractions up to 2^4096 keep their precision.
	fmt.Println(1e1200/1e1199 == 10, 1e-1200*1e1200 == 1, (1e1200+1)-1e1200)
}
