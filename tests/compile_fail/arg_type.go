package main

func f(x int) int { return x }

func main() {
	s := "str"
	_ = f(s) // ERROR "cannot use s (variable of type string) as type int in argument to f"
}
