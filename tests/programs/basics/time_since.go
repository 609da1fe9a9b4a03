// time.Now/time.Since are used, but only deterministic facts about them are printed.
package main

import (
	"fmt"
	"time"
)

var sink int

func work(n int) {
	for i := 0; i < n; i++ {
		sink += i
	}
}

func main() {
	start := time.Now()
	work(1000000)
	d := time.Since(start)
	fmt.Println("non-negative:", d.Nanoseconds() >= 0)
	fmt.Println("under a minute:", d.Seconds() < 60)
	fmt.Println("sink:", sink)
	t2 := time.Now()
	fmt.Println("monotonic:", time.Since(t2).Nanoseconds() <= time.Since(start).Nanoseconds())
}
