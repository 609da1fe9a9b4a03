// A nil map write in a goroutine: its traceback ends with "created by" the function that
// started it.
// traceback
package main

import "time"

//go:noinline
func worker(n int) {
	var m map[string]int
	m["x"] = n
}

//go:noinline
func start() {
	go worker(1)
}

func main() {
	start()
	time.Sleep(time.Second)
}
