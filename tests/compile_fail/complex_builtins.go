package main

type F float32

func main() {
	var ff float64
	var ii int
	var cc complex128
	_ = complex(1, "a")                 // ERROR "invalid operation: complex(1, \"a\") (mismatched types untyped float and untyped string)"
	_ = complex(float32(1), float64(2)) // ERROR "invalid operation: complex(float32(1), float64(2)) (mismatched types float32 and float64)"
	_ = complex(ii, 2)                  // ERROR "invalid argument: arguments have type int, expected floating-point"
	_ = complex(cc, 1)                  // ERROR "invalid argument: arguments have type complex128, expected floating-point"
	_ = complex(1i, 1)                  // ERROR "invalid operation: complex(1i, 1) (mismatched types untyped complex and untyped float)"
	_ = complex(ff, 1i)                 // ERROR "1i (untyped complex constant (0 + 1i)) overflows float64"
	_ = complex(1)                      // ERROR "invalid operation: not enough arguments for complex(1) (expected 2, found 1)"
	_ = real(ff)                        // ERROR "invalid argument: argument has type float64, expected complex type"
	_ = imag("a")                       // ERROR "invalid argument: argument has type untyped string, expected complex type"
	_ = real(1, 2)                      // ERROR "invalid operation: too many arguments for real(1, 2) (expected 1, found 2)"
	_ = complex(F(1), 2) + complex64(real(1+0i))
}
