// Timing a function with a deferred closure: time.Now() is evaluated at the defer statement,
// the closure runs when the function returns.
package main

import (
	"fmt"
	"time"
)

var sink int

func timed(name string) {
	defer func(start time.Time) {
		elapsed := time.Since(start)
		// Printing the duration itself would not be deterministic.
		fmt.Println(name, "took less than 1s:", elapsed.Seconds() < 1)
	}(time.Now())

	for i := 0; i < 1000000; i++ {
		sink += i
	}
	fmt.Println(name, "computed", sink)
}

func main() {
	timed("sum")
}
