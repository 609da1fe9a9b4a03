package main

import (
	"container/heap"
	"fmt"
	"sort"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[0 : n-1]
	return x
}

// A priority queue with index tracking (the documentation's example).
type Item struct {
	value    string
	priority int
	index    int
}

type PQ []*Item

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	return pq[i].priority > pq[j].priority
}
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PQ) Push(x any) {
	item := x.(*Item)
	item.index = len(*pq)
	*pq = append(*pq, item)
}
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	item := old[n-1]
	old[n-1] = nil
	item.index = -1
	*pq = old[0 : n-1]
	return item
}

// A heap that logs every call, so the order of Less and Swap calls is visible.
type Logged struct {
	a   []int
	log []string
}

func (h *Logged) Len() int { return len(h.a) }
func (h *Logged) Less(i, j int) bool {
	h.log = append(h.log, fmt.Sprintf("L%d%d", i, j))
	return h.a[i] < h.a[j]
}
func (h *Logged) Swap(i, j int) {
	h.log = append(h.log, fmt.Sprintf("S%d%d", i, j))
	h.a[i], h.a[j] = h.a[j], h.a[i]
}
func (h *Logged) Push(x any) { h.a = append(h.a, x.(int)) }
func (h *Logged) Pop() any {
	x := h.a[len(h.a)-1]
	h.a = h.a[:len(h.a)-1]
	return x
}

// Equal keys with identity: stability is not guaranteed but the arrangement is Go's.
type pair struct{ k, id int }
type PairHeap []pair

func (h PairHeap) Len() int           { return len(h) }
func (h PairHeap) Less(i, j int) bool { return h[i].k < h[j].k }
func (h PairHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *PairHeap) Push(x any)        { *h = append(*h, x.(pair)) }
func (h *PairHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

var _ sort.Interface = IntHeap(nil)

func main() {
	h := &IntHeap{5, 2, 8, 1, 9, 3, 7}
	heap.Init(h)
	fmt.Println(*h)
	heap.Push(h, 0)
	heap.Push(h, 6)
	fmt.Println(*h, (*h)[0])
	(*h)[3] = -5
	heap.Fix(h, 3)
	fmt.Println(*h)
	(*h)[0] = 100
	heap.Fix(h, 0)
	fmt.Println(*h)
	fmt.Println(heap.Remove(h, 2), *h)
	fmt.Println(heap.Remove(h, h.Len()-1), *h)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()

	items := map[string]int{"banana": 3, "apple": 2, "pear": 4}
	pq := make(PQ, 0)
	for _, name := range []string{"banana", "apple", "pear"} {
		heap.Push(&pq, &Item{value: name, priority: items[name]})
	}
	item := &Item{value: "orange", priority: 1}
	heap.Push(&pq, item)
	item.priority = 5
	heap.Fix(&pq, item.index)
	for pq.Len() > 0 {
		it := heap.Pop(&pq).(*Item)
		fmt.Printf("%.2d:%s(%d) ", it.priority, it.value, it.index)
	}
	fmt.Println()

	lg := &Logged{a: []int{9, 4, 7, 1, 8, 2, 6, 3, 5, 0}}
	heap.Init(lg)
	fmt.Println(lg.a, lg.log)
	lg.log = nil
	heap.Push(lg, -1)
	fmt.Println(lg.a, lg.log)
	lg.log = nil
	fmt.Println(heap.Pop(lg), lg.a, lg.log)
	lg.log = nil
	fmt.Println(heap.Remove(lg, 4), lg.a, lg.log)
	lg.log = nil
	lg.a[1] = 100
	heap.Fix(lg, 1)
	fmt.Println(lg.a, lg.log)

	ph := &PairHeap{}
	for i := 0; i < 20; i++ {
		heap.Push(ph, pair{i % 3, i})
	}
	for ph.Len() > 0 {
		fmt.Print(heap.Pop(ph), " ")
	}
	fmt.Println()

	// Empty heap: Init and Fix are fine.
	e := &IntHeap{}
	heap.Init(e)
	fmt.Println(e.Len())
	one := &IntHeap{7}
	heap.Fix(one, 0)
	fmt.Println(heap.Pop(one), one.Len())
}
