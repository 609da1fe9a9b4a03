// A type parameter used as a constraint, and as the RHS of a generic type declaration.
package main

func F[T any, U T](x U) U { return x } // ERROR "cannot use a type parameter as constraint"

type Num[T ~int | ~float64] T // ERROR "cannot use a type parameter as RHS in type declaration"

func main() {
}
