package main

import (
	"fmt"

	"example.com/internal/x"
	"example.com/internal/y"
)

func main() { fmt.Println(x.Word(), y.Word()) }
