package main

import "fmt"

// Shift counts that are untyped non-constant expressions (`1 << s` used as a count) are
// converted to uint, as Go's checker does: a count of 1<<63 is huge, not negative.

var s63 uint = 63
var s64 uint = 64
var u8 int8 = 7

func pow2pow2(x int) int { return 1 << (1 << (1 << uint(x))) }

func sumCount(v uint) uint { return v >> ((1 >> v) + (1 >> v)) }

func mixed(v uint8) uint8 { return v >> (((2 ^ 2) >> (v | 2)) + 0) }

func main() {
	fmt.Println(pow2pow2(0), pow2pow2(1), pow2pow2(2))
	fmt.Println(sumCount(0), sumCount(1), sumCount(48))
	fmt.Println(mixed(0), mixed(3), mixed(255))

	x := 1
	fmt.Println(x>>(1<<s63), x<<(1<<s64), -x>>(1<<s63))
	var y int8 = 1
	fmt.Println(y<<(1<<u8), y<<((1<<u8)+(1<<u8)), 0+(1<<u8))

	// The count is computed as a uint: 1<<s63 + 1<<s63 wraps to 0.
	fmt.Println(x << ((1 << s63) + (1 << s63)))

	// Untyped constant counts representable as uint, and typed counts of any integer type.
	const c = 3.0
	var i64 int64 = 2
	fmt.Println(x<<c, x<<1.0, x<<i64, uint8(200)>>int16(3))

	// Counts that are themselves non-constant shifts of typed values.
	var w uint16 = 2
	fmt.Println(x<<(w<<1), x<<(uint32(1)<<w))
}
