// Article 004 (go101) CounterA/CounterB and IncreaseA/IncreaseB, adapted: the struct with a
// sync.Mutex becomes package-level variables and lock/unlock functions that log, so the order
// "read n, then unlock" of the deferred version is visible.
package main

import "fmt"

var n int64
var held bool

func lock(who string) {
	held = true
	fmt.Println(who, "lock")
}

func unlock(who string) {
	held = false
	fmt.Println(who, "unlock")
}

func CounterA() int64 {
	lock("CounterA")
	defer unlock("CounterA")
	return n
}

func CounterB() (count int64) {
	lock("CounterB")
	count = n
	unlock("CounterB")
	return
}

func IncreaseA() {
	lock("IncreaseA")
	defer unlock("IncreaseA")
	n++
}

func IncreaseB() {
	lock("IncreaseB")
	n++
	unlock("IncreaseB")
}

func main() {
	IncreaseA()
	IncreaseB()
	IncreaseA()
	fmt.Println(CounterA(), CounterB(), held)
}
