// A nil operand (not a nil pointer) makes Go's reflect fallback panic; the scanner's handler
// recovers and panics again with it.
package main

import "fmt"

func main() {
	var a int
	n, err := fmt.Sscan("1 2", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscan("5", nil)
	fmt.Println("not reached", n, err)
}
