// A million pending deferred calls in one frame (a defer in a loop: one runtime record each).
// They all run, newest first, when the function returns. tests/limits.rs builds this program
// too and checks that its peak memory stays within a bound per pending record.
package main

import "fmt"

var sum, count, first, last int

func run(n int) (r int) {
	for i := 0; i < n; i++ {
		defer func(i int) {
			if count == 0 {
				first = i
			}
			if count%250000 == 0 {
				fmt.Println("running deferred call", count, "for i =", i)
			}
			sum += i
			count++
			last = i
			r++
		}(i)
	}
	fmt.Println("pending:", n)
	return 0
}

func main() {
	r := run(1000000)
	fmt.Println("result", r, "calls", count, "first", first, "last", last, "sum", sum)
}

// gcstress: 20000
