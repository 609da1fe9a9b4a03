package main

import "fmt"

func main() {
	for i := range 10 { // ERROR "cannot range over 10"
		fmt.Println(i)
	}
}
