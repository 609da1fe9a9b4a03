// A live heap of about 100 MB (a million small records in a tree-shaped index) while garbage
// is made: what a stop-the-world collection pauses for. Run with GODEBUG=gctrace=1 to see the
// pauses (scripts/bench-gc.sh reports the longest).
package main

import "fmt"

var sink []int

type rec struct {
	key   int
	left  *rec
	right *rec
	pad   [9]int
}

func insert(t *rec, r *rec) *rec {
	if t == nil {
		return r
	}
	for {
		if r.key < t.key {
			if t.left == nil {
				t.left = r
				return nil
			}
			t = t.left
		} else {
			if t.right == nil {
				t.right = r
				return nil
			}
			t = t.right
		}
	}
}

func main() {
	var root *rec
	x := 12345
	for i := 0; i < 1000000; i++ {
		x = (x*1103515245 + 12345) % 2147483648
		r := &rec{key: x}
		if root == nil {
			root = r
		} else {
			insert(root, r)
		}
	}
	sum := 0
	for i := 0; i < 2000000; i++ {
		g := make([]int, 16)
		g[i%16] = i
		sum += g[i%16] % 3
		sink = g
	}
	fmt.Println(sum, root.key > 0)
}
