package main

import (
	"fmt"
	"os" // ERROR "imported and not used: \"os\""
)

func main() {
	fmt.Println("hi")
}
