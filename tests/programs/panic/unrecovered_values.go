// Panic values print as Go's printpanicval does: an error by its Error().
package main

import (
	"errors"
	"fmt"
)

func main() {
	defer fmt.Println("cleanup")
	panic(fmt.Errorf("wrapped: %v", errors.New("inner")))
}
