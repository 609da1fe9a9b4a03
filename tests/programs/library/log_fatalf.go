// Logger.Fatalf to stdout with Lshortfile, exit status 1.
package main

import (
	"fmt"
	"log"
	"os"
)

func main() {
	l := log.New(os.Stdout, "L ", log.Lshortfile|log.Lmsgprefix)
	l.Println("first")
	defer fmt.Println("not printed")
	l.Fatalf("code %d", 7)
}
