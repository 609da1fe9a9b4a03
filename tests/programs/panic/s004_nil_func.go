// Article 004 (go101): deferring a nil func value. The article says it panics at the defer
// statement; the Go spec (and Go 1.19) panic only when the deferred call is invoked at function
// exit, so "not reachable" IS printed, then the earlier defer runs while panicking.
package main

import "fmt"

func main() {
	defer fmt.Println("reachable")
	var f func() // f is nil by default
	defer f()
	fmt.Println("not reachable")
	f = func() {}
}
