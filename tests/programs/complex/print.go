// The print and println builtins on complex values: runtime.printcomplex's
// (+1.000000e+000+2.000000e+000i) form, for complex64, complex128 and untyped constants.
package main

import "math"

type C complex128

func main() {
	inf := math.Inf(1)
	println(1i, 1+2i, complex64(1.5), complex(inf, -inf), -1e300i, complex(math.Copysign(0, -1), 0))
	var c complex64 = 0.1
	print(c, "\n")
	print(c, c, "\n")
	println(C(2-3i), real(C(2-3i)), imag(c))
	println(complex(math.MaxFloat64, math.SmallestNonzeroFloat64), complex(float32(1e38), 0))
	defer println("deferred", c)
	c = 0
}
