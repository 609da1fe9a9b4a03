// A panic in a Scan method that is not the scanner's own goes on past the Scan call: the
// scanner's deferred handler recovers it and panics again with it.
package main

import (
	"fmt"
	"os"
)

type Bad struct{}

func (Bad) Scan(st fmt.ScanState, verb rune) error {
	panic(fmt.Sprintf("bad %c", verb))
}

func main() {
	fmt.Println("before")
	defer fmt.Println("deferred in main")
	fmt.Fprintln(os.Stderr, "to stderr")
	fmt.Sscanf("x", "%q", Bad{})
	fmt.Println("not reached")
}
