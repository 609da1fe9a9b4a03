// flag: a bad value on the command line: Go's message and the usage on stderr, exit status 2.
// args: -n 3 -ratio abc
package main

import (
	"flag"
	"fmt"
)

func main() {
	flag.Usage = func() { fmt.Fprintln(flag.CommandLine.Output(), "usage: prog [-n N] [-ratio R]") }
	n := flag.Int("n", 0, "n")
	flag.Float64("ratio", 1, "r")
	flag.Parse()
	fmt.Println("not reached", *n)
}
