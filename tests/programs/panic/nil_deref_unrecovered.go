package main

import "fmt"

func main() {
	defer fmt.Println("deferred")
	var p *int
	fmt.Println(*p)
}
