// Starts goroutines that block forever, one after another without end, until the memory for
// them runs out. tests/limits.rs runs it under an address-space limit (RLIMIT_AS) and expects
// Go's fatal error for that, exit status 2; it reads the last count printed.
//
// Go 1.19 under a 4 GiB limit gets past a million goroutines and then prints
// "runtime: out of memory: cannot allocate 4194304-byte block (...)" and
// "fatal error: out of memory" (a stack span it could not get).
package main

import "fmt"

func main() {
	block := make(chan bool)
	started := make(chan bool)
	for n := 1; ; n++ {
		go func() {
			started <- true
			<-block
		}()
		// The new goroutine has run and is blocked on `block` before the next one starts.
		<-started
		if n%16 == 0 {
			fmt.Println("goroutines:", n)
		}
	}
}
