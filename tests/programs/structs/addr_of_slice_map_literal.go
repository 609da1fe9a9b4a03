// &T{...} where T is a slice or map type (the container/heap idiom `h := &IntHeap{2, 1, 5}`):
// the header lives in a fresh heap cell that the pointer shares.
package main

import (
	"fmt"
	"sort"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x int)        { *h = append(*h, x) }
func (h *IntHeap) Pop() int {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

type Counts map[string]int

func (c *Counts) Add(k string) { (*c)[k]++ }

func grow(p *[]string) { *p = append(*p, "more") }

func main() {
	h := &IntHeap{5, 2, 8}
	h.Push(1)
	sort.Sort(h)
	fmt.Println(*h, h.Len())
	fmt.Println(h.Pop(), *h)

	s := &[]int{1, 2, 3}
	(*s)[0] = 10
	*s = append(*s, 4)
	fmt.Println(*s, len(*s))

	e := &[]string{}
	grow(e)
	grow(e)
	fmt.Println(*e, len(*e))

	m := &map[string]int{}
	(*m)["a"] = 1
	fmt.Println(*m, len(*m))

	c := &Counts{"x": 1}
	c.Add("x")
	c.Add("y")
	fmt.Println((*c)["x"], (*c)["y"], len(*c))

	ps := []*[]int{&[]int{1}, &[]int{2, 3}}
	for _, p := range ps {
		*p = append(*p, 0)
		fmt.Println(*p)
	}
	var nilp *[]int = &[]int{}
	*nilp = nil
	fmt.Println(*nilp == nil, len(*nilp))
	type pair struct{ m *map[int]string }
	pr := pair{&map[int]string{1: "one"}}
	(*pr.m)[2] = "two"
	fmt.Println(len(*pr.m), (*pr.m)[1], (*pr.m)[2])
}
