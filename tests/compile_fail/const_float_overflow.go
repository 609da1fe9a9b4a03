package main

import "fmt"

func main() {
	var f float64 = 1e309 // ERROR "cannot use 1e309 (untyped float constant 1e+309) as float64 value in variable declaration (overflows)"
	var g float32
	g = 1e39 // ERROR "cannot use 1e39 (untyped float constant 1e+39) as float32 value in assignment (overflows)"
	const huge = 1e300 * 1e300
	f = huge // ERROR "cannot use huge (untyped float constant 1e+600) as float64 value in assignment (overflows)"
	fmt.Println(f, g)
}
