package main

func main() {
	var ii int
	var i int = 1 + 2i          // ERROR "cannot use 1 + 2i (untyped complex constant (1 + 2i)) as int value in variable declaration (truncated)"
	var f float64 = 2i          // ERROR "cannot use 2i (untyped complex constant (0 + 2i)) as float64 value in variable declaration (overflows)"
	var c64 complex64 = 1e40    // ERROR "cannot use 1e40 (untyped float constant 1e+40) as complex64 value in variable declaration (overflows)"
	var c128 complex128 = 1e400i // ERROR "cannot use 1e400i (untyped complex constant (0 + 1e+400i)) as complex128 value in variable declaration (overflows)"
	j := int(1 + 2i)            // ERROR "cannot convert 1 + 2i (untyped complex constant (1 + 2i)) to type int"
	k := uint8(300 + 0i)        // ERROR "cannot convert 300 + 0i (untyped complex constant 300) to type uint8"
	_ = 1i / 0                  // ERROR "invalid operation: division by zero"
	_ = ii + 1i                 // ERROR "1i (untyped complex constant (0 + 1i)) truncated to int"
	_ = string(1i)              // ERROR "cannot convert 1i (untyped complex constant (0 + 1i)) to type string"
	_ = complex(1e400, 0)       // ERROR "cannot use complex(1e400, 0) (untyped complex constant (1e+400 + 0i)) as complex128 value in assignment to _ identifier (overflows)"
	_, _, _, _, _, _ = i, f, c64, c128, j, k
}
