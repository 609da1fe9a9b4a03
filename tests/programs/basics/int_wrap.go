package main

import "fmt"

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println("int8", i8, i8-1, -i8)
	var u8 uint8 = 255
	u8++
	fmt.Println("uint8", u8, u8-1)
	var i16 int16 = 32767
	i16 += 2
	fmt.Println("int16", i16)
	var u16 uint16 = 0
	u16--
	fmt.Println("uint16", u16)
	var i32 int32 = 2147483647
	i32 *= 2
	fmt.Println("int32", i32)
	var u32 uint32 = 4294967295
	u32 += 10
	fmt.Println("uint32", u32)
	var i64 int64 = 9223372036854775807
	i64++
	fmt.Println("int64", i64, -i64)
	var u64 uint64 = 0
	u64 -= 1
	fmt.Println("uint64", u64, u64*u64)
	var i int = -9223372036854775808
	i--
	fmt.Println("int", i)
	var u uint = 1
	u = u << 63
	fmt.Println("uint", u, u*2)
	var up uintptr = 0
	up--
	fmt.Println("uintptr", up)
	var b byte = 'z'
	b += 10
	fmt.Println("byte", b)
	var r rune = 0x7fffffff
	r++
	fmt.Println("rune", r)

	// multiplication overflow and mixed operations
	var m int32 = 123456789
	fmt.Println(m*m, m*1000, int8(m), uint8(m), int16(m))
	var n int8 = -128
	fmt.Println(n/-1, n*-1, -n, n%-1)
	var big int64 = -9223372036854775808
	fmt.Println(big/-1, big%-1)
}
