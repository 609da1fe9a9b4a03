// Deferred closures share variables with the function and with each other.
package main

import "fmt"

func main() {
	count := 0
	msg := "start"
	inc := func() { count++ }
	defer func() { fmt.Println("final", count, msg) }()
	defer inc()
	defer func() { msg += " deferred" }()
	for i := 0; i < 3; i++ {
		inc()
	}
	msg += " body"
	fmt.Println("body", count, msg)
}
