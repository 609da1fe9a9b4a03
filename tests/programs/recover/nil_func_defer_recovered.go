// A deferred nil func value panics when the function exits, after the rest of the body ran and
// after the defers registered later ran; an earlier deferred function recovers it and the named
// result it sets is returned.
package main

import "fmt"

func f(set bool) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("recovered: ", r)
		}
	}()
	var g func()
	defer g() // g is evaluated now: nil, even if it is assigned below
	if set {
		g = func() { fmt.Println("never called") }
	}
	defer fmt.Println("registered after the nil defer: runs first")
	fmt.Println("body runs to the end")
	return "normal"
}

func main() {
	fmt.Println(f(false))
	fmt.Println(f(true))
}
