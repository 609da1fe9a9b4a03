package main

import "fmt"

var calls int

func t(tag string) bool { calls++; fmt.Print(tag, " "); return true }
func f(tag string) bool { calls++; fmt.Print(tag, " "); return false }

func main() {
	fmt.Println(f("a") && t("b"))
	fmt.Println(t("c") || f("d"))
	fmt.Println(t("e") && f("f") || t("g"))
	fmt.Println(f("h") || f("i") && t("j"))
	fmt.Println("calls", calls)
	x := 5
	b := x > 3 && x < 10
	fmt.Println(b, !b, b == true, b != false)
	var zero bool
	fmt.Println(zero, !zero && b)
}
