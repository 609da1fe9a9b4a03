// flag: -h with the package's Usage replaced: usage on stderr, exit status 0.
// args: -x 1 -h -y
package main

import (
	"flag"
	"fmt"
)

func main() {
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "Usage of prog:\n")
		flag.PrintDefaults()
	}
	x := flag.Int("x", 0, "the `x` value")
	flag.String("s", "def", "a string")
	flag.Bool("q", false, "quiet")
	fmt.Println("before parse", *x)
	flag.Parse()
	fmt.Println("not reached")
}
