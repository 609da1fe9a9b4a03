package main

// 100,000 goroutines blocked on one channel at the same time, then released one by one; each
// reports back, and each runs its own deferred call before it ends.

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	const n = 100000
	gate := make(chan int)
	done := make(chan int, 100)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v := <-gate
			done <- v
		}()
	}
	fmt.Println(runtime.NumGoroutine() > n)
	go func() {
		for i := 1; i <= n; i++ {
			gate <- i
		}
	}()
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-done
	}
	wg.Wait()
	fmt.Println(sum)
}

// gcstress: 20000
