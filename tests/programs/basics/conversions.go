package main

import "fmt"

func main() {
	f := 3.99
	fmt.Println(int(f), int(-f), int64(f*100), uint8(f))
	i := 300
	fmt.Println(uint8(i), int8(i), uint16(-i), float64(i)/7)
	var big int64 = 1<<40 + 5
	fmt.Println(int32(big), int16(big), uint32(big))
	r := 'A'
	fmt.Println(r+1, string(r+1), byte(r), int(r))
	s := "xyz"
	fmt.Println(int(s[0]), string(s[0]), string(rune(s[1])))
	var u uint = 3
	n := -2
	fmt.Println(int(u)+n, u+uint(n))
	h := 7.0 / 2
	fmt.Println(float64(7)/2, float64(int(h)), 7/2)
	var x uint32 = 0xdeadbeef
	fmt.Println(x, int32(x), uint64(x), int64(int32(x)))
	b := byte(250)
	b += 10
	fmt.Println(b, rune(b), uintptr(b))
	fmt.Printf("%T %T %T\n", float64(1), rune(1), byte(1))
}
