// Starts one million goroutines one after another, at most 1,000 alive at a time, each with
// a little heap of its own. Go 1.19 runs it in about 10 MB of resident memory; tests/limits.rs
// checks that deferc stays under 64 MB (dead goroutines' Gs and stacks are reused).
package main

import "fmt"

func main() {
	done := make(chan int, 1000)
	sum := 0
	for i := 0; i < 1000000; i++ {
		if i >= 1000 {
			sum += <-done
		}
		go func(i int) {
			buf := make([]int, 16)
			buf[i%16] = i
			done <- buf[i%16] % 7
		}(i)
	}
	for i := 0; i < 1000; i++ {
		sum += <-done
	}
	fmt.Println(sum)
}
