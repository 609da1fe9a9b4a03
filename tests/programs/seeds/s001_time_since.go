// Articles 001 and 003: `defer fmt.Println(time.Since(startedAt))` evaluates time.Since when the
// defer statement runs ("0s"); a deferred closure evaluates it at function exit ("1s").
// Adapted: time.Sleep(time.Second) is replaced by a 30 ms busy wait, and instead of printing the
// durations (not deterministic) the deferred calls print how they compare with the wait.
package main

import (
	"fmt"
	"time"
)

const waitNs = 30000000

func report(what string, ns int64) {
	fmt.Println(what, "saw the wait:", ns >= waitNs)
}

func run() {
	startedAt := time.Now()
	defer report("argument", time.Since(startedAt).Nanoseconds())
	defer func() {
		report("closure", time.Since(startedAt).Nanoseconds())
	}()
	for time.Since(startedAt).Nanoseconds() < waitNs {
	}
	fmt.Println("work done")
}

func main() {
	run()
}
