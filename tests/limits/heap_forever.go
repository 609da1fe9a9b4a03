// Takes heap memory without end, one of three ways (os.Args[1]), until it runs out.
// tests/limits.rs runs it under an address-space limit (RLIMIT_AS) and expects Go's fatal error
// for that, exit status 2; "huge" it runs without a limit.
//
//	append  appends to one []int forever (each growth copies into a new, bigger array)
//	list    links 64-byte nodes into a list forever (small allocations)
//	sprint  doubles a string with fmt.Sprint (the formatter's own buffer grows too)
//	huge    makes one 64 TiB []byte: more than any machine can commit
//
// Go 1.19 (measured): under the limit, "runtime: out of memory: cannot allocate N-byte block
// (M in use)" and "fatal error: out of memory"; for "huge" without a limit (Linux's default
// heuristic overcommit refuses the mapping), "fatal error: runtime: out of memory".
package main

import (
	"fmt"
	"os"
)

type node struct {
	next    *node
	payload [7]int
}

func main() {
	mode := "append"
	if len(os.Args) > 1 {
		mode = os.Args[1]
	}
	fmt.Println("mode", mode)
	switch mode {
	case "append":
		var s []int
		for {
			s = append(s, len(s))
			if n := len(s); n&(n-1) == 0 && n >= 1<<20 {
				fmt.Println("ints:", n)
			}
		}
	case "list":
		var head *node
		for n := 1; ; n++ {
			head = &node{next: head}
			head.payload[n%7] = n
			if n%(1<<20) == 0 {
				fmt.Println("nodes:", n)
			}
		}
	case "sprint":
		s := "0123456789abcdef"
		for {
			s = fmt.Sprint(s, s)
			if len(s) >= 1<<20 {
				fmt.Println("bytes:", len(s))
			}
		}
	case "huge":
		b := make([]byte, 1<<46)
		b[len(b)-1] = 1
		fmt.Println("allocated", len(b))
	}
}
