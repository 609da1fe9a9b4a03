// Maps: literals (struct keys, elided keys), index, comma-ok, op-assign, delete, len, range (order-independent), nil maps, printing sorted by key, assignment to a nil map panics.
package main

import (
	"fmt"
)

type point struct{ x, y int }

func main() {
	m := map[string]int{"a": 1, "b": 2}
	m["c"] = 3
	m["a"] += 10
	fmt.Println(m, len(m), m["a"], m["zz"])
	v, ok := m["b"]
	w, ok2 := m["nope"]
	fmt.Println(v, ok, w, ok2)
	delete(m, "b")
	delete(m, "nope")
	fmt.Println(m)
	sum := 0
	for k, v := range m {
		sum += v + len(k)
	}
	fmt.Println(sum)
	counts := make(map[rune]int)
	for _, r := range "hello world" {
		counts[r]++
	}
	fmt.Println(counts)
	grid := map[point]string{{1, 2}: "a", {3, 4}: "b"}
	fmt.Println(grid[point{1, 2}], grid)
	var nilm map[string]bool
	fmt.Println(nilm["x"], len(nilm), nilm == nil)
	nested := map[string][]int{"x": {1, 2}}
	nested["y"] = append(nested["y"], 5)
	fmt.Println(nested)
	keys := []string{}
	for k := range m {
		keys = append(keys, k)
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	nilm["x"] = true
}
