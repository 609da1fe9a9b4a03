// References held only by frames a panic unwinds through, by the goroutine that made them,
// and by maps and channels, while collections run: in deferred calls during the panic, in
// recover, and while the owner is parked.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

type Tree struct {
	left, right *Tree
	val         int
	label       string
}

func build(d, v int) *Tree {
	if d == 0 {
		return &Tree{val: v, label: strings.Repeat("l", v%7)}
	}
	return &Tree{build(d-1, 2*v), build(d-1, 2*v+1), v, ""}
}

func (t *Tree) sum() int {
	if t == nil {
		return 0
	}
	return t.val + len(t.label) + t.left.sum() + t.right.sum()
}

func churn() {
	for i := 0; i < 2000; i++ {
		_ = build(2, i)
		_ = make([]*Tree, 16)
		_ = fmt.Sprint(i)
	}
	runtime.GC()
}

// Each frame holds its own tree, which only it references; the innermost panics.
func nest(n int) (total int) {
	t := build(4, n)
	defer func() {
		churn()
		total += t.sum()
		if n == 0 {
			r := recover()
			fmt.Println("recovered at the bottom:", r)
		}
	}()
	if n == 5 {
		panic(fmt.Sprintf("panic with %d trees below", n))
	}
	return nest(n+1) + t.val
}

func main() {
	fmt.Println("unwound:", nest(0))

	// A goroutine holds the only reference while it is parked.
	wake := make(chan bool)
	res := make(chan int)
	for g := 0; g < 4; g++ {
		go func(g int) {
			mine := build(6, g)
			<-wake
			res <- mine.sum()
		}(g)
	}
	churn()
	churn()
	close(wake)
	sum := 0
	for g := 0; g < 4; g++ {
		sum += <-res
	}
	fmt.Println("goroutines' trees:", sum)

	// A map and a channel hold the only references.
	m := map[int]*Tree{}
	byName := map[string][]*Tree{}
	c := make(chan *Tree, 32)
	for i := 0; i < 32; i++ {
		m[i] = build(3, i)
		byName[fmt.Sprint("n", i%4)] = append(byName[fmt.Sprint("n", i%4)], build(2, i))
		c <- build(3, 100+i)
	}
	churn()
	delete(m, 0)
	churn()
	ms, ns, cs := 0, 0, 0
	for _, t := range m {
		ms += t.sum()
	}
	for _, ts := range byName {
		for _, t := range ts {
			ns += t.sum()
		}
	}
	for i := 0; i < 32; i++ {
		cs += (<-c).sum()
	}
	fmt.Println("map:", len(m), ms, "map of slices:", ns, "chan:", cs)
}
