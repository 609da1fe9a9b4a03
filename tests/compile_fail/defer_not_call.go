package main

func main() {
	x := 1
	defer x // ERROR "expression in defer must be function call"
}
