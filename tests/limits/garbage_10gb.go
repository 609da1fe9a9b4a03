// Allocates 10 GiB in all, in short-lived strings, slices, maps, closures and records, while
// holding a few MB live at any time. Go 1.19 runs it in about 10 MB of resident memory;
// tests/limits.rs checks that deferc stays under 64 MB.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

type rec struct {
	name string
	vals []int
	next *rec
	f    func() int
}

func main() {
	var m runtime.MemStats
	window := make([]*rec, 64)
	sum := 0
	for i := 0; ; i++ {
		s := strings.Repeat("x", 200+i%800)
		vals := make([]int, 100+i%400)
		vals[i%len(vals)] = i
		mp := map[int]string{i: s[:10], i + 1: s}
		r := &rec{name: s, vals: vals, next: window[(i+63)%64]}
		if old := window[(i+1)%64]; old != nil {
			old.next = nil // the oldest record: the chain stays 64 long
		}
		r.f = func() int { return len(mp) + len(r.name) }
		window[i%64] = r
		sum += r.f() + r.vals[i%len(vals)]%7
		if i%4096 == 0 {
			runtime.ReadMemStats(&m)
			if m.TotalAlloc >= 10<<30 {
				break
			}
		}
	}
	fmt.Println("allocated 10 GiB; checksum positive:", sum > 0)
	fmt.Println("collections ran:", m.NumGC > 100, "objects freed:", m.Frees > m.Mallocs/2)
}
