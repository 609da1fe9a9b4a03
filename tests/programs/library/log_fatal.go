// log.Fatal: the line goes to stderr, then the program exits with status 1 without running
// deferred calls.
package main

import (
	"fmt"
	"log"
)

func main() {
	defer fmt.Println("not printed")
	fmt.Println("before")
	log.SetFlags(0)
	log.SetPrefix("fatal: ")
	log.Fatal("bad ", 1, " thing")
	fmt.Println("not reached")
}
