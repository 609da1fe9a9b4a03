// General code, not defer: recursion, array loops and string building, a valid Go program:
// `go run benches/general.go` and `deferc run benches/general.go` print lines
//
//	BenchmarkName <iterations> <ns/op> ns/op
//
// One operation is one fib(32), one sieve of Eratosthenes up to 2,000,000, one 100 KB string
// built with += (1,000 appends of 100 bytes). Each benchmark doubles its iteration count until
// one timed run takes at least 200 ms.
package main

import (
	"fmt"
	"time"
)

var sink int

const minNs = 200 * 1000 * 1000

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

const sieveN = 2000000

var composite [sieveN]bool

// sieve counts the primes below sieveN.
func sieve() int {
	for i := 0; i < sieveN; i++ {
		composite[i] = false
	}
	count := 0
	for i := 2; i < sieveN; i++ {
		if composite[i] {
			continue
		}
		count++
		for j := i * i; j < sieveN; j += i {
			composite[j] = true
		}
	}
	return count
}

const chunk = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyz.."

// concat builds a string of 1,000 chunks (100,000 bytes) with +=.
func concat() string {
	s := ""
	for i := 0; i < 1000; i++ {
		s += chunk
	}
	return s
}

func run(name string, body func(n int)) {
	n := 1
	for {
		start := time.Now()
		body(n)
		ns := time.Since(start).Nanoseconds()
		if ns >= minNs {
			fmt.Printf("%s %d %.2f ns/op\n", name, n, float64(ns)/float64(n))
			return
		}
		n *= 2
	}
}

func main() {
	run("BenchmarkFib32", func(n int) {
		for i := 0; i < n; i++ {
			sink += fib(32)
		}
	})
	run("BenchmarkSieve2M", func(n int) {
		for i := 0; i < n; i++ {
			sink += sieve()
		}
	})
	run("BenchmarkConcat100KB", func(n int) {
		for i := 0; i < n; i++ {
			sink += len(concat())
		}
	})
	fmt.Println("fib(32) =", fib(32), "primes below 2000000:", sieve(), "concat length:", len(concat()))
}
