package main

func f[T ~float64](x T) {
	_ = complex(x, x) // ERROR "x (variable of type T constrained by ~float64) not supported as argument to complex for go1.18 (see issue #50937)"
}

func g[T ~complex64 | ~complex128](x T) {
	_ = real(x) // ERROR "x (variable of type T constrained by ~complex64|~complex128) not supported as argument to real for go1.18 (see issue #50937)"
}

func h[T ~complex64 | ~float32](x T) {
	_ = imag(x) // ERROR "invalid argument: argument has type T, expected complex type"
}

func main() {
	f(1.0)
	g(1i)
	h(float32(1))
}
