// runtime.Goexit in main with no other goroutines: main's defers run, then the fatal error
// "no goroutines (main called runtime.Goexit) - deadlock!" with exit status 2.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer fmt.Println("main defer 1")
	defer fmt.Println("main defer 2")
	runtime.Goexit()
	fmt.Println("not reached")
}
