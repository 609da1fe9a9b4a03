// Go 1.19: panic(nil) is recoverable, recover returns nil, and the program continues.
package main

import "fmt"

func f() (stopped bool) {
	defer func() {
		r := recover()
		fmt.Println("recover returned:", r, r == nil)
		stopped = true
	}()
	panic(nil)
}

func main() {
	fmt.Println("f returned", f())
	fmt.Println("program continues")
}
