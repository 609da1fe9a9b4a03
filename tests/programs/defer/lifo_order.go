package main

import "fmt"

func three() {
	defer fmt.Println("three: first registered, runs last")
	defer fmt.Println("three: second registered")
	defer fmt.Println("three: third registered, runs first")
	fmt.Println("three: body")
}

func mixed() {
	for i := 1; i <= 3; i++ {
		defer fmt.Print(i, " ")
	}
	defer fmt.Print("| ")
	defer fmt.Print("start ")
}

func main() {
	defer fmt.Println("main: last line")
	three()
	mixed()
	fmt.Println()
}
