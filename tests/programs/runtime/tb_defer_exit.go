// A deferred call that panics when its function returns: the frame of that function shows
// the line it returns from (its closing brace, or its last return statement).
// traceback
package main

import "fmt"

//go:noinline
func atBrace() {
	defer func() {
		panic("in defer at exit")
	}()
	fmt.Println("atBrace body")
}

//go:noinline
func atReturn() int {
	defer atBrace()
	fmt.Println("atReturn body")
	return 1
}

func main() {
	atReturn()
}
