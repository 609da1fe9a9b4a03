package main

import "fmt"

func main() {
	const big = 1 << 511
	fmt.Println(big * 2 > 0)   // ERROR "constant multiplication overflow"
	fmt.Println(1<<512 > 0)    // ERROR "constant shift overflow"
	fmt.Println(1<<1075 > 0)   // ERROR "invalid operation: invalid shift count 1075 (untyped int constant)"
	fmt.Println(big+big > 0)   // ERROR "constant addition overflow"
	fmt.Println(1e1000000000)  // ERROR "malformed constant: 1e1000000000"
}
