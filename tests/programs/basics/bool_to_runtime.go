// Booleans passed to the runtime (println, fmt, maps, channels) are exactly 0 or 1 whatever the
// register held before: x86's setcc writes one byte, and the C ABI reads the whole register.
package main

import (
	"fmt"
	"math"
)

func main() {
	for i := int64(math.MinInt64); i >= math.MinInt64; i-- {
		if i > 0 {
			println("wrapped", i)
			break
		}
		println(i, i > 0, i < 0)
	}
	for i := int64(math.MinInt64) + 2; i >= math.MinInt64; i -= 2 {
		if i > 0 {
			println("wrapped", i)
			break
		}
		println(i, i > 0)
	}
	big := uint64(1 << 63)
	for k := 0; k < 3; k++ {
		v := big + uint64(k)
		println(v > 1<<63, v == 1<<63, int64(v) < 0)
		fmt.Println(v > 1<<63, v == 1<<63, int64(v) < 0)
	}
	m := map[bool]int{}
	c := make(chan bool, 4)
	for _, x := range []int64{math.MinInt64, -1, 0, 1, math.MaxInt64} {
		m[x > 0]++
		if len(c) < cap(c) {
			c <- x > 0
		}
	}
	close(c)
	fmt.Println(m[true], m[false])
	for b := range c {
		fmt.Print(b, " ")
	}
	fmt.Println()
}
