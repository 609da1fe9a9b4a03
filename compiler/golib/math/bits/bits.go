// Package bits: all of Go 1.19's math/bits. Counting and reversing are one instruction each
// (the body-less clz/ctz/pop/rev/bswap primitives below are compiled inline, as Go's compiler
// intrinsifies these functions: codegen runtime_abi::Inline); the narrower widths are derived
// from the 32-bit ones. Div64 divides 128 bits by 64 in the runtime (runtime/src/pkg_bits.rs),
// after Go's checks and panics.
package bits

// UintSize is the size of a uint in bits.
const UintSize = 64

func clz64(x uint64) int
func clz32(x uint32) int
func ctz64(x uint64) int
func ctz32(x uint32) int
func pop64(x uint64) int
func pop32(x uint32) int
func rev64(x uint64) uint64
func rev32(x uint32) uint32
func bswap64(x uint64) uint64
func bswap32(x uint32) uint32

// div64 is the 128-by-64-bit division (hi < y, so the quotient fits).
func div64(hi, lo, y uint64) (quo, rem uint64)

// overflowError is the runtime.Error "integer overflow" (Go's runtime.overflowError).
func overflowError() error

// LeadingZeros returns the number of leading zero bits in x; the result is UintSize for x == 0.
func LeadingZeros(x uint) int { return clz64(uint64(x)) }

// LeadingZeros8 returns the number of leading zero bits in x; the result is 8 for x == 0.
func LeadingZeros8(x uint8) int { return clz32(uint32(x)) - 24 }

// LeadingZeros16 returns the number of leading zero bits in x; the result is 16 for x == 0.
func LeadingZeros16(x uint16) int { return clz32(uint32(x)) - 16 }

// LeadingZeros32 returns the number of leading zero bits in x; the result is 32 for x == 0.
func LeadingZeros32(x uint32) int { return clz32(x) }

// LeadingZeros64 returns the number of leading zero bits in x; the result is 64 for x == 0.
func LeadingZeros64(x uint64) int { return clz64(x) }

// TrailingZeros returns the number of trailing zero bits in x; the result is UintSize for
// x == 0.
func TrailingZeros(x uint) int { return ctz64(uint64(x)) }

// TrailingZeros8 returns the number of trailing zero bits in x; the result is 8 for x == 0.
func TrailingZeros8(x uint8) int { return ctz32(uint32(x) | 1<<8) }

// TrailingZeros16 returns the number of trailing zero bits in x; the result is 16 for x == 0.
func TrailingZeros16(x uint16) int { return ctz32(uint32(x) | 1<<16) }

// TrailingZeros32 returns the number of trailing zero bits in x; the result is 32 for x == 0.
func TrailingZeros32(x uint32) int { return ctz32(x) }

// TrailingZeros64 returns the number of trailing zero bits in x; the result is 64 for x == 0.
func TrailingZeros64(x uint64) int { return ctz64(x) }

// OnesCount returns the number of one bits ("population count") in x.
func OnesCount(x uint) int { return pop64(uint64(x)) }

// OnesCount8 returns the number of one bits ("population count") in x.
func OnesCount8(x uint8) int { return pop32(uint32(x)) }

// OnesCount16 returns the number of one bits ("population count") in x.
func OnesCount16(x uint16) int { return pop32(uint32(x)) }

// OnesCount32 returns the number of one bits ("population count") in x.
func OnesCount32(x uint32) int { return pop32(x) }

// OnesCount64 returns the number of one bits ("population count") in x.
func OnesCount64(x uint64) int { return pop64(x) }

// RotateLeft returns the value of x rotated left by (k mod UintSize) bits; to rotate right
// by k bits, call RotateLeft(x, -k).
func RotateLeft(x uint, k int) uint {
	s := uint(k) & (UintSize - 1)
	return x<<s | x>>(UintSize-s)
}

// RotateLeft8 returns the value of x rotated left by (k mod 8) bits.
func RotateLeft8(x uint8, k int) uint8 {
	s := uint(k) & 7
	return x<<s | x>>(8-s)
}

// RotateLeft16 returns the value of x rotated left by (k mod 16) bits.
func RotateLeft16(x uint16, k int) uint16 {
	s := uint(k) & 15
	return x<<s | x>>(16-s)
}

// RotateLeft32 returns the value of x rotated left by (k mod 32) bits.
func RotateLeft32(x uint32, k int) uint32 {
	s := uint(k) & 31
	return x<<s | x>>(32-s)
}

// RotateLeft64 returns the value of x rotated left by (k mod 64) bits.
func RotateLeft64(x uint64, k int) uint64 {
	s := uint(k) & 63
	return x<<s | x>>(64-s)
}

// Reverse returns the value of x with its bits in reversed order.
func Reverse(x uint) uint { return uint(rev64(uint64(x))) }

// Reverse8 returns the value of x with its bits in reversed order.
func Reverse8(x uint8) uint8 { return uint8(rev32(uint32(x)) >> 24) }

// Reverse16 returns the value of x with its bits in reversed order.
func Reverse16(x uint16) uint16 { return uint16(rev32(uint32(x)) >> 16) }

// Reverse32 returns the value of x with its bits in reversed order.
func Reverse32(x uint32) uint32 { return rev32(x) }

// Reverse64 returns the value of x with its bits in reversed order.
func Reverse64(x uint64) uint64 { return rev64(x) }

// ReverseBytes returns the value of x with its bytes in reversed order.
func ReverseBytes(x uint) uint { return uint(bswap64(uint64(x))) }

// ReverseBytes16 returns the value of x with its bytes in reversed order.
func ReverseBytes16(x uint16) uint16 { return x>>8 | x<<8 }

// ReverseBytes32 returns the value of x with its bytes in reversed order.
func ReverseBytes32(x uint32) uint32 { return bswap32(x) }

// ReverseBytes64 returns the value of x with its bytes in reversed order.
func ReverseBytes64(x uint64) uint64 { return bswap64(x) }

// Len returns the minimum number of bits required to represent x; the result is 0 for x == 0.
func Len(x uint) int { return 64 - clz64(uint64(x)) }

// Len8 returns the minimum number of bits required to represent x; the result is 0 for x == 0.
func Len8(x uint8) int { return 32 - clz32(uint32(x)) }

// Len16 returns the minimum number of bits required to represent x; the result is 0 for
// x == 0.
func Len16(x uint16) int { return 32 - clz32(uint32(x)) }

// Len32 returns the minimum number of bits required to represent x; the result is 0 for
// x == 0.
func Len32(x uint32) int { return 32 - clz32(x) }

// Len64 returns the minimum number of bits required to represent x; the result is 0 for
// x == 0.
func Len64(x uint64) int { return 64 - clz64(x) }

// Add returns the sum with carry of x, y and carry: sum = x + y + carry. The carry input must
// be 0 or 1; carryOut is guaranteed to be 0 or 1.
func Add(x, y, carry uint) (sum, carryOut uint) {
	s, c := Add64(uint64(x), uint64(y), uint64(carry))
	return uint(s), uint(c)
}

// Add32 returns the sum with carry of x, y and carry.
func Add32(x, y, carry uint32) (sum, carryOut uint32) {
	s := uint64(x) + uint64(y) + uint64(carry)
	return uint32(s), uint32(s >> 32)
}

// Add64 returns the sum with carry of x, y and carry.
func Add64(x, y, carry uint64) (sum, carryOut uint64) {
	sum = x + y + carry
	// A carry out of bit 63 happened if both top bits were set, or either was and the sum's
	// is clear.
	carryOut = ((x & y) | ((x | y) &^ sum)) >> 63
	return
}

// Sub returns the difference of x, y and borrow: diff = x - y - borrow. The borrow input must
// be 0 or 1; borrowOut is guaranteed to be 0 or 1.
func Sub(x, y, borrow uint) (diff, borrowOut uint) {
	d, b := Sub64(uint64(x), uint64(y), uint64(borrow))
	return uint(d), uint(b)
}

// Sub32 returns the difference of x, y and borrow.
func Sub32(x, y, borrow uint32) (diff, borrowOut uint32) {
	diff = x - y - borrow
	borrowOut = ((^x & y) | (^(x ^ y) & diff)) >> 31
	return
}

// Sub64 returns the difference of x, y and borrow.
func Sub64(x, y, borrow uint64) (diff, borrowOut uint64) {
	diff = x - y - borrow
	borrowOut = ((^x & y) | (^(x ^ y) & diff)) >> 63
	return
}

// Mul returns the full-width product of x and y: (hi, lo) = x * y.
func Mul(x, y uint) (hi, lo uint) {
	h, l := Mul64(uint64(x), uint64(y))
	return uint(h), uint(l)
}

// Mul32 returns the 64-bit product of x and y: (hi, lo) = x * y.
func Mul32(x, y uint32) (hi, lo uint32) {
	p := uint64(x) * uint64(y)
	return uint32(p >> 32), uint32(p)
}

// Mul64 returns the 128-bit product of x and y: (hi, lo) = x * y.
func Mul64(x, y uint64) (hi, lo uint64) {
	const mask32 = 1<<32 - 1
	x0, x1 := x&mask32, x>>32
	y0, y1 := y&mask32, y>>32
	// Schoolbook multiplication on 32-bit halves.
	ll := x0 * y0
	mid := x1*y0 + ll>>32
	mid1, mid2 := mid&mask32, mid>>32
	mid1 += x0 * y1
	hi = x1*y1 + mid2 + mid1>>32
	lo = x * y
	return
}

// Div returns the quotient and remainder of (hi, lo) divided by y. Div panics for y == 0
// (division by zero) or y <= hi (quotient overflow).
func Div(hi, lo, y uint) (quo, rem uint) {
	q, r := Div64(uint64(hi), uint64(lo), uint64(y))
	return uint(q), uint(r)
}

// Div32 returns the quotient and remainder of (hi, lo) divided by y. Div32 panics for y == 0
// (division by zero) or y <= hi (quotient overflow).
func Div32(hi, lo, y uint32) (quo, rem uint32) {
	if y != 0 && y <= hi {
		panic(overflowError())
	}
	z := uint64(hi)<<32 | uint64(lo)
	// y == 0 panics here with the runtime's divide error, as in Go.
	quo, rem = uint32(z/uint64(y)), uint32(z%uint64(y))
	return
}

// Div64 returns the quotient and remainder of (hi, lo) divided by y. Div64 panics for y == 0
// (division by zero) or y <= hi (quotient overflow).
func Div64(hi, lo, y uint64) (quo, rem uint64) {
	if y == 0 {
		var zero uint64
		_ = lo / zero // the runtime's "integer divide by zero" error, as Go's divideError
	}
	if y <= hi {
		panic(overflowError())
	}
	if hi == 0 {
		return lo / y, lo % y
	}
	return div64(hi, lo, y)
}

// Rem returns the remainder of (hi, lo) divided by y. Rem panics for y == 0 but, unlike Div,
// it doesn't panic on a quotient overflow.
func Rem(hi, lo, y uint) uint {
	return uint(Rem64(uint64(hi), uint64(lo), uint64(y)))
}

// Rem32 returns the remainder of (hi, lo) divided by y. Rem32 panics for y == 0 but, unlike
// Div32, it doesn't panic on a quotient overflow.
func Rem32(hi, lo, y uint32) uint32 {
	return uint32((uint64(hi)<<32 | uint64(lo)) % uint64(y))
}

// Rem64 returns the remainder of (hi, lo) divided by y. Rem64 panics for y == 0 but, unlike
// Div64, it doesn't panic on a quotient overflow.
func Rem64(hi, lo, y uint64) uint64 {
	// hi%y < y, so the division cannot overflow (and y == 0 panics in the %).
	_, rem := Div64(hi%y, lo, y)
	return rem
}
