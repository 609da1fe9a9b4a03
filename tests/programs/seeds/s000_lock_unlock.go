// Article 000, 1.2 case 2 (getMapValue with a sync.Mutex), adapted: the mutex is a counter and
// the map is an array indexed by key; `defer unlock()` runs after the return value is computed.
package main

import "fmt"

var locked = 0
var table = [4]int{10, 20, 30, 40}

func lock() {
	locked++
	fmt.Println("lock, depth", locked)
}

func unlock() {
	locked--
	fmt.Println("unlock, depth", locked)
}

func getValueNoDefer(key int) int {
	lock()
	value := table[key]
	unlock()
	return value
}

func read(key int) int {
	fmt.Println("reading", key, "while locked =", locked)
	return table[key]
}

func getValue(key int) int {
	lock()
	defer unlock()
	return read(key)
}

func main() {
	fmt.Println(getValueNoDefer(1))
	fmt.Println(getValue(2))
	fmt.Println("locked at end:", locked)
}
