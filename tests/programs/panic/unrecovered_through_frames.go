// An unrecovered panic from 5 frames down: every frame's defers run in order, a deferred function
// that calls recover through a helper does not stop it, and the process exits 2.
package main

import "fmt"

func tryRecover() interface{} { return recover() }

func f5() { panic(fmt.Sprintf("from f%d", 5)) }
func f4() { defer fmt.Println("f4 defer"); f5() }
func f3() { f4() }
func f2() {
	defer func() { fmt.Println("f2 defer: helper recover =", tryRecover()) }()
	f3()
}
func f1() { defer fmt.Println("f1 defer"); f2() }

func main() {
	defer fmt.Println("main defer")
	f1()
}
