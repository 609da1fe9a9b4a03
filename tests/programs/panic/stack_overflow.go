// Infinite recursion ends with Go's "fatal error: stack overflow" and exit status 2, not a signal.
package main

import "fmt"

func f(n int) int {
	return f(n+1) + 1
}

func main() {
	fmt.Println("start")
	f(0)
}
