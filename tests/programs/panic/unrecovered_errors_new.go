// An unrecovered panic with an error from errors.New prints its Error() text.
package main

import (
	"errors"
	"fmt"
)

func main() {
	err := errors.New("file not found")
	defer fmt.Println("deferred sees", err)
	panic(err)
}
