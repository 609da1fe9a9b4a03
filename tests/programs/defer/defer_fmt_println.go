package main

import (
	"errors"
	"fmt"
)

func main() {
	err := errors.New("first error")
	defer fmt.Println("err at defer time:", err)
	defer fmt.Printf("%d-%s-%v\n", 1, "two", 3.0)
	defer fmt.Print("no newline ", 5, 6, "\n")
	s := fmt.Sprintf("%05d", 42)
	defer fmt.Println(s, len(s))
	err = errors.New("second error")
	fmt.Println("err now:", err)
}
