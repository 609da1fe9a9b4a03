// A deferred call that panics while a panic runs it: Go's traceback shows the runtime's
// panic frame between the deferred call and the frames the first panic left.
// traceback
package main

import "fmt"

//go:noinline
func inner(n int) {
	if n > 0 {
		inner(n - 1)
		return
	}
	panic("first")
}

//go:noinline
func f() {
	defer func() {
		panic(fmt.Sprint("second"))
	}()
	inner(2)
}

func main() {
	f()
}
