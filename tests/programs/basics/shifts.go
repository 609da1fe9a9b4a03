package main

import "fmt"

func main() {
	x := 1
	for i := 0; i < 5; i++ {
		fmt.Print(x<<uint(i), " ")
	}
	fmt.Println()
	var s uint = 70
	fmt.Println(x<<s, x<<63, -1>>s, -8>>1, int64(-9)>>2)
	var u8 uint8 = 0x81
	fmt.Println(u8<<1, u8>>1, u8<<8, u8>>7)
	var i8 int8 = -128
	fmt.Println(i8>>7, i8>>100, i8<<1)
	var u uint64 = 1<<64 - 1
	fmt.Println(u>>1, u>>63, u<<63)
	n := 3
	one := int32(1)
	fmt.Println(1<<n, 1024>>n, uint32(1)<<31, one<<31)
	fmt.Println(0xF0&0x3C, 0xF0|0x0F, 0xF0^0xFF, 0xF0&^0x30)
	a := 6
	a <<= 2
	a >>= 1
	a |= 1
	a &^= 4
	a ^= 2
	fmt.Println(a, ^a, ^uint8(3))
}
