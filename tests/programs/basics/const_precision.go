package main

import "fmt"

// Untyped constants are exact: big integers, exact fractions, shifts of big values.
const big = 1 << 200
const huge = 1e300 * 1e300 / 1e300
const third = 1.0 / 3
const maxU64 = 1<<64 - 1
const googol = 1e100
const mask = -1 &^ 0xff

type Weekday uint8

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
	TB
	PB
	EB
	ZB
	YB
)

func main() {
	fmt.Println(big>>190, big/(1<<195), big%1000 == 0, big > 1<<199)
	fmt.Println(huge, huge/1e299, huge == 1e300)
	const x = 0.1 + 0.2
	fmt.Println(x == 0.3, x)
	a, b := 0.1, 0.2
	fmt.Println(a+b == 0.3, a+b)
	fmt.Println(third*3 == 1, third+third+third == 1)
	var u uint64 = maxU64
	fmt.Println(u, uint64(maxU64>>1), maxU64%7)
	fmt.Println(googol/1e99, int64(googol/1e90))
	fmt.Println(mask, ^0, ^uint8(3), -7/2, -7%2, 7>>1, -7>>1)
	fmt.Println(YB/ZB, ZB/EB, EB/PB, float64(YB))
	const f32 float32 = 0.1
	const f64 float64 = 0.1
	fmt.Println(f32, f64, float64(f32) == f64, f32*3, f64*3)
	const typedSum float64 = 0.1
	fmt.Println(typedSum+0.2 == 0.3, typedSum+0.2)
	const small = 1e-320
	fmt.Println(small, small*1e300, 5e-324/2 == 0)
	const exact = 12345678901234567890123456789.0 / 1e28
	fmt.Println(exact)
	var i8 int8 = -128
	fmt.Println(i8, uint32(1<<32-1), int32(-1<<31))
	const bigF = 1 << 100 * 1.5
	fmt.Println(bigF, bigF/(1<<99))
	fmt.Println(0x1p-2, 0x1.8p1, 1_000.5e-1, 0o17, 0b1011)
	fmt.Printf("%T %T %T\n", big>>190, huge, 'a'*2)
	const r = 'a' * 2
	fmt.Println(r, string(rune(r/2)))
	const cmp = big > googol
	fmt.Println(cmp, 1<<62 < 1e19, 9007199254740993 == 9007199254740992)
	var fl float64 = 9007199254740993
	fmt.Println(fl, float32(16777217))
	var wd Weekday = 255
	fmt.Println(wd, ^Weekday(0))
}
