// flag: an undefined flag on the command line with a named CommandLine (Init) and the default
// FlagSet usage: the message, "Usage of name:" and the defaults on stderr, exit status 2.
// args: -a -undefined
package main

import (
	"flag"
	"fmt"
)

func main() {
	flag.CommandLine.Init("mytool", flag.ExitOnError)
	flag.CommandLine.Usage = nil // the FlagSet's own usage, with its name
	a := flag.Bool("a", false, "the a flag")
	flag.Int("n", 5, "a `number`")
	flag.Parse()
	fmt.Println("not reached", *a)
}
