package main

func F[T any](x T) {} // ERROR "unsupported: "

func main() {
	F(1)
}
