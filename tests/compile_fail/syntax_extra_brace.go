package main

import "fmt"

func main() {
	fmt.Println("x")
	if true {
		fmt.Println("y")
	}
	}
} // ERROR "syntax error: non-declaration statement outside function body"
