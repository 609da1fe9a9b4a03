// Values whose only reference is somewhere a collection must look: a parked goroutine's
// frame, a channel's buffer, a map's keys and values, a closure's environment, an interface
// box, a global, a pending defer's arguments, a panic value while it unwinds, deep recursion's
// frames, and os.Args. Garbage is made in between and runtime.GC() runs often; every value
// must survive intact.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strings"
)

type Tree struct {
	left, right *Tree
	val         int
}

func build(d, v int) *Tree {
	if d == 0 {
		return &Tree{val: v}
	}
	return &Tree{build(d-1, 2*v), build(d-1, 2*v+1), v}
}

func (t *Tree) sum() int {
	if t == nil {
		return 0
	}
	return t.val + t.left.sum() + t.right.sum()
}

func garbage() {
	for i := 0; i < 1500; i++ {
		_ = build(2, i)
		_ = strings.Repeat("x", i%50)
		_ = make([]*Tree, 8)
	}
	runtime.GC()
}

var global *Tree

func deep(n int, t *Tree) int {
	if n == 0 {
		garbage()
		return t.sum()
	}
	local := build(1, n)
	return deep(n-1, t) + local.sum() - local.sum()
}

func main() {
	// A parked goroutine's frame.
	ch := make(chan int)
	done := make(chan int)
	go func() {
		t := build(8, 1)
		<-ch
		done <- t.sum()
	}()
	// A channel's buffer.
	bc := make(chan *Tree, 4)
	bc <- build(6, 3)
	// A map's keys and values.
	m := map[string]*Tree{}
	for i := 0; i < 100; i++ {
		m[fmt.Sprint("k", i)] = build(3, i)
	}
	// A closure's environment and an interface box.
	ct := build(5, 7)
	f := func() int { return ct.sum() }
	var box interface{} = *build(4, 9)
	// A global.
	global = build(7, 2)
	garbage()
	garbage()

	// A pending defer's arguments.
	func() {
		defer func(t *Tree) { fmt.Println("deferred", t.sum()) }(build(5, 11))
		garbage()
	}()

	// A panic value while it unwinds.
	func() {
		defer func() {
			r := recover()
			garbage()
			fmt.Println("recovered", r.(*Tree).sum())
		}()
		func() {
			defer garbage()
			panic(build(4, 13))
		}()
	}()

	fmt.Println("deep", deep(100, build(6, 5)))
	ch <- 1
	fmt.Println("goroutine", <-done)
	fmt.Println("chan", (<-bc).sum())
	total := 0
	for i := 0; i < 100; i++ {
		total += m[fmt.Sprint("k", i)].sum()
	}
	fmt.Println("map", len(m), total)
	b := box.(Tree)
	fmt.Println("closure", f(), "box", b.sum(), "global", global.sum())
	fmt.Println("args", len(os.Args), strings.HasSuffix(os.Args[0], "roots") || len(os.Args[0]) > 0)
}
