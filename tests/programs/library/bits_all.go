package main

import (
	"fmt"
	"math/bits"
)

var v64 = []uint64{0, 1, 2, 3, 7, 8, 0x80, 0xff, 0x100, 0x1234, 0xffff, 0x10000, 0x12345678,
	0x80000000, 0xffffffff, 0x100000000, 0x123456789abcdef0, 0x7fffffffffffffff,
	0x8000000000000000, 0xfedcba9876543210, 0xffffffffffffffff, 0xaaaaaaaaaaaaaaaa}

func main() {
	fmt.Println(bits.UintSize)
	for _, x := range v64 {
		x8, x16, x32 := uint8(x), uint16(x), uint32(x)
		fmt.Println("x", x)
		fmt.Println(" lz", bits.LeadingZeros(uint(x)), bits.LeadingZeros8(x8), bits.LeadingZeros16(x16), bits.LeadingZeros32(x32), bits.LeadingZeros64(x))
		fmt.Println(" tz", bits.TrailingZeros(uint(x)), bits.TrailingZeros8(x8), bits.TrailingZeros16(x16), bits.TrailingZeros32(x32), bits.TrailingZeros64(x))
		fmt.Println(" ones", bits.OnesCount(uint(x)), bits.OnesCount8(x8), bits.OnesCount16(x16), bits.OnesCount32(x32), bits.OnesCount64(x))
		fmt.Println(" len", bits.Len(uint(x)), bits.Len8(x8), bits.Len16(x16), bits.Len32(x32), bits.Len64(x))
		fmt.Printf(" rev %x %x %x %x %x\n", bits.Reverse(uint(x)), bits.Reverse8(x8), bits.Reverse16(x16), bits.Reverse32(x32), bits.Reverse64(x))
		fmt.Printf(" revb %x %x %x %x\n", bits.ReverseBytes(uint(x)), bits.ReverseBytes16(x16), bits.ReverseBytes32(x32), bits.ReverseBytes64(x))
		for _, k := range []int{0, 1, 3, 7, 8, 9, 15, 16, 31, 32, 33, 63, 64, 65, -1, -7, -64, -100} {
			fmt.Printf(" rot%d %x %x %x %x %x\n", k, bits.RotateLeft(uint(x), k), bits.RotateLeft8(x8, k), bits.RotateLeft16(x16, k), bits.RotateLeft32(x32, k), bits.RotateLeft64(x, k))
		}
	}
	for _, x := range v64 {
		for _, y := range v64 {
			for c := uint64(0); c < 2; c++ {
				s, co := bits.Add64(x, y, c)
				d, bo := bits.Sub64(x, y, c)
				s32, co32 := bits.Add32(uint32(x), uint32(y), uint32(c))
				d32, bo32 := bits.Sub32(uint32(x), uint32(y), uint32(c))
				su, cu := bits.Add(uint(x), uint(y), uint(c))
				du, bu := bits.Sub(uint(x), uint(y), uint(c))
				fmt.Println("as", x, y, c, s, co, d, bo, s32, co32, d32, bo32, su, cu, du, bu)
			}
			h, l := bits.Mul64(x, y)
			h32, l32 := bits.Mul32(uint32(x), uint32(y))
			hu, lu := bits.Mul(uint(x), uint(y))
			fmt.Println("mul", h, l, h32, l32, hu, lu)
			if y != 0 {
				hi := x % y
				q, r := bits.Div64(hi, x^y, y)
				qu, ru := bits.Div(uint(hi), uint(x^y), uint(y))
				fmt.Println("div", q, r, qu, ru, bits.Rem64(x, y, y), bits.Rem(uint(y), uint(x), uint(y)))
			}
			if uint32(y) != 0 {
				hi := uint32(x) % uint32(y)
				q, r := bits.Div32(hi, uint32(x^y), uint32(y))
				fmt.Println("div32", q, r, bits.Rem32(uint32(x), uint32(y), uint32(y)))
			}
		}
	}
	try := func(name string, f func()) {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println(name, r, ok, err)
		}()
		f()
	}
	try("div64 by 0", func() { bits.Div64(0, 1, 0) })
	try("div64 overflow", func() { bits.Div64(5, 1, 5) })
	try("div by 0", func() { bits.Div(1, 1, 0) })
	try("div overflow", func() { bits.Div(7, 1, 3) })
	try("div32 by 0", func() { bits.Div32(0, 1, 0) })
	try("div32 overflow", func() { bits.Div32(9, 1, 9) })
	try("rem64 by 0", func() { bits.Rem64(1, 1, 0) })
	try("rem32 by 0", func() { bits.Rem32(1, 1, 0) })
	try("rem by 0", func() { bits.Rem(1, 1, 0) })
	fmt.Println(bits.Rem64(100, 5, 7), bits.Rem32(100, 5, 7), bits.Rem(100, 5, 7))
	// Function values.
	fs := []func(uint64) int{bits.LeadingZeros64, bits.TrailingZeros64, bits.OnesCount64, bits.Len64}
	for _, f := range fs {
		fmt.Print(f(0xf0), " ")
	}
	rev := bits.Reverse16
	fmt.Println(rev(1), bits.RotateLeft != nil)
	const c = bits.UintSize * 2
	var arr [bits.UintSize]byte
	fmt.Println(c, len(arr))
}
