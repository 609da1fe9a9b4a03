package main

func main() {
	var ff float64
	var cc complex128
	var ii int
	_ = complex128(ff)     // ERROR "cannot convert ff (variable of type float64) to type complex128"
	_ = float64(cc)        // ERROR "cannot convert cc (variable of type complex128) to type float64"
	_ = int(cc)            // ERROR "cannot convert cc (variable of type complex128) to type int"
	_ = complex64(ii)      // ERROR "cannot convert ii (variable of type int) to type complex64"
	_ = complex128(ff + 0i) // ERROR "cannot convert ff + 0i (value of type float64) to type complex128"
	_ = float32(1e40 + 0i) // ERROR "cannot convert 1e40 + 0i (untyped complex constant (1e+40 + 0i)) to type float32"
	_ = complex64(1e40i)   // ERROR "cannot convert 1e40i (untyped complex constant (0 + 1e+40i)) to type complex64"
	_ = uint8(1.5 + 0i)    // ERROR "cannot convert 1.5 + 0i (untyped complex constant (1.5 + 0i)) to type uint8"
	_ = complex64(cc) + complex64(complex128(1)) + complex64(complex(ff, ff))
	_ = uint8(255+0i) - uint8(real(300+0i)-100)
}
