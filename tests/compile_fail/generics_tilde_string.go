// Type arguments outside the constraint's type set (~string, ~int | ~int64), explicit and inferred.
package main

func Upper[S ~string](s S) S { return s }

type Ints interface{ ~int | ~int64 }

func Double[T Ints](x T) T { return x * 2 }

func main() {
	_ = Upper(5)             // ERROR "int does not implement ~string"
	_ = Double[float64](1.5) // ERROR "float64 does not implement Ints"
	_ = Double("s")          // ERROR "string does not implement Ints"
}
