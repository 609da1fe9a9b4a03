package main

func main() {
	var n int // ERROR "n declared but not used"
	var s []int
	const c = -3
	var a1 [n]int             // ERROR "invalid array length n"
	var a2 [len(s)]int        // ERROR "array length len(s) (value of type int) must be constant"
	var a3 [-1]int            // ERROR "invalid array length -1 (untyped int constant)"
	var a4 [2.5]int           // ERROR "array length 2.5 (untyped float constant) must be integer"
	var a5 [float64(2)]int    // ERROR "array length float64(2) (constant 2 of type float64) must be integer"
	var a6 [2i]int            // ERROR "array length 2i (untyped complex constant (0 + 2i)) must be integer"
	var a7 [complex128(2)]int // ERROR "array length complex128(2) (constant (2 + 0i) of type complex128) must be integer"
	var a8 [c]int             // ERROR "invalid array length c (untyped int constant -3)"
	var a9 [2.0 + 0i]int
	_, _, _, _, _, _, _, _, _ = a1, a2, a3, a4, a5, a6, a7, a8, a9
}
