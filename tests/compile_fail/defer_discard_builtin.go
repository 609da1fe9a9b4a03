package main

func main() {
	var a [3]int
	defer len(a) // ERROR "defer discards result of len(a)"
}
