// os.Exit in a deferred function during Goexit: exit with that status, no fatal error, and the
// defers registered before it do not run.
package main

import (
	"fmt"
	"os"
	"runtime"
)

func main() {
	defer fmt.Println("never runs")
	defer os.Exit(5)
	defer fmt.Println("runs first")
	runtime.Goexit()
}
