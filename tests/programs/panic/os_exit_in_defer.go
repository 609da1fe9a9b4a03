package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("never")
	defer os.Exit(4)
	defer fmt.Println("runs before exit")
	panic("exit from a deferred call while panicking")
}
