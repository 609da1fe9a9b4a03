package main

import (
	"errors"
	"fmt"
)

func main() {
	fmt.Printf("%d\n", errors.New("x"))
}
