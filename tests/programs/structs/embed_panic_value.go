package main

import (
	"errors"
	"fmt"
)

// A panic value whose Error method is promoted from an embedded error prints through it.

type OpError struct {
	error
	Op string
}

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(OpError{errors.New("connection refused"), "dial"})
	}()
	panic(OpError{errors.New("first"), "read"})
}
