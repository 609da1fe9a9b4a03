// recover returns nil when no panic is in progress: in plain code, in a deferred function during a
// normal return, and after a panic has already been recovered.
package main

import "fmt"

func plain() {
	fmt.Println("plain call:", recover())
}

func deferredNoPanic() (n int) {
	defer func() {
		r := recover()
		fmt.Println("deferred, no panic:", r, r == nil)
		n++
	}()
	return 41
}

func afterRecovery() {
	defer func() {
		fmt.Println("after recovery, in a later defer:", recover())
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		panic("once")
	}()
	fmt.Println("after the inner call:", recover())
}

func main() {
	fmt.Println("main:", recover())
	plain()
	fmt.Println(deferredNoPanic())
	afterRecovery()
	fmt.Println("done")
}
