package main

func f() int { return 1 }

func main() {
	f() = 2 // ERROR "cannot assign to f()"
	p := &f() // ERROR "cannot take address of f()"
	_ = p
}
