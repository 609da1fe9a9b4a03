// ~ applied to a named (non-underlying) type in a constraint.
package main

type MyInt int

type Bad interface {
	~MyInt | ~string // ERROR "invalid use of ~"
}

func F[T Bad](x T) T { return x }

func main() {
	_ = F[string]
}
