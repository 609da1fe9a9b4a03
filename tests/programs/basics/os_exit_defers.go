// os.Exit ends the program at once: deferred calls do not run.
package main

import (
	"fmt"
	"os"
)

func cleanup(name string) {
	fmt.Println("cleanup", name, "(must not print)")
}

func work() {
	defer cleanup("work")
	fmt.Println("work: exiting with 3")
	os.Exit(3)
}

func main() {
	defer cleanup("main")
	defer fmt.Println("main defer (must not print)")
	fmt.Println("main: start")
	println("stderr line before exit")
	work()
	fmt.Println("unreachable")
}
