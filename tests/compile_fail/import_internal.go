package main

import (
	"fmt"
	"internal/oserror" // ERROR "use of internal package internal/oserror not allowed"
)

func main() {
	fmt.Println(oserror.ErrClosed)
}
