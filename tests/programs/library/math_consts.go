package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.E, math.Pi, math.Phi)
	fmt.Println(math.Sqrt2, math.SqrtE, math.SqrtPi, math.SqrtPhi)
	fmt.Println(math.Ln2, math.Log2E, math.Ln10, math.Log10E)
	fmt.Printf("%b %b %b %b\n", math.E, math.Pi, math.Log2E, math.Log10E)
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(float32(math.MaxFloat32), float32(math.SmallestNonzeroFloat32))
	fmt.Printf("%x %x\n", math.Float32bits(math.MaxFloat32), math.Float32bits(math.SmallestNonzeroFloat32))
	fmt.Printf("%x %x\n", math.Float64bits(math.MaxFloat64), math.Float64bits(math.SmallestNonzeroFloat64))
	fmt.Println(math.MaxInt, math.MinInt, math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16)
	fmt.Println(math.MaxInt32, math.MinInt32, math.MaxInt64, math.MinInt64)
	fmt.Println(uint(math.MaxUint), math.MaxUint8, math.MaxUint16, math.MaxUint32, uint64(math.MaxUint64))
	// Constant arithmetic is exact before the final rounding.
	const x = math.Sqrt2 * math.Sqrt2
	fmt.Println(x, x == 2, math.Log2E*math.Ln2, math.Pi/2, 3*math.Pi/4)
	var f32 float32 = math.Pi
	fmt.Println(f32, float32(math.E), float32(math.Phi))
	fmt.Printf("%T %T\n", math.Pi, math.MaxInt8)
}
