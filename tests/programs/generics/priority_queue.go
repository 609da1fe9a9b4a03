// Generic binary heap PriorityQueue[T] with a less func: push/pop ordering, top-k, task scheduling by struct priority, heap sort, merging sorted lists.
package main

import (
	"fmt"
	"strings"
)

type PriorityQueue[T any] struct {
	data []T
	less func(a, b T) bool
}

func NewPQ[T any](less func(a, b T) bool, xs ...T) *PriorityQueue[T] {
	pq := &PriorityQueue[T]{less: less}
	for _, x := range xs {
		pq.Push(x)
	}
	return pq
}

func (pq *PriorityQueue[T]) Len() int { return len(pq.data) }

func (pq *PriorityQueue[T]) Push(v T) {
	pq.data = append(pq.data, v)
	i := len(pq.data) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !pq.less(pq.data[i], pq.data[p]) {
			break
		}
		pq.data[i], pq.data[p] = pq.data[p], pq.data[i]
		i = p
	}
}

func (pq *PriorityQueue[T]) Pop() T {
	top := pq.data[0]
	last := len(pq.data) - 1
	pq.data[0] = pq.data[last]
	pq.data = pq.data[:last]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(pq.data) && pq.less(pq.data[l], pq.data[m]) {
			m = l
		}
		if r < len(pq.data) && pq.less(pq.data[r], pq.data[m]) {
			m = r
		}
		if m == i {
			break
		}
		pq.data[i], pq.data[m] = pq.data[m], pq.data[i]
		i = m
	}
	return top
}

type Ordered interface {
	~int | ~float64 | ~string
}

func HeapSort[T Ordered](xs []T) []T {
	pq := NewPQ(func(a, b T) bool { return a < b }, xs...)
	out := make([]T, 0, len(xs))
	for pq.Len() > 0 {
		out = append(out, pq.Pop())
	}
	return out
}

func TopK[T any](xs []T, k int, less func(a, b T) bool) []T {
	pq := NewPQ(less)
	for _, x := range xs {
		pq.Push(x)
		if pq.Len() > k {
			pq.Pop()
		}
	}
	out := make([]T, pq.Len())
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = pq.Pop()
	}
	return out
}

type Task struct {
	Name     string
	Priority int
	Seq      int
}

type cursor[T any] struct {
	list []T
	pos  int
}

func MergeSorted[T Ordered](lists ...[]T) []T {
	pq := NewPQ(func(a, b cursor[T]) bool { return a.list[a.pos] < b.list[b.pos] })
	for _, l := range lists {
		if len(l) > 0 {
			pq.Push(cursor[T]{l, 0})
		}
	}
	var out []T
	for pq.Len() > 0 {
		c := pq.Pop()
		out = append(out, c.list[c.pos])
		if c.pos+1 < len(c.list) {
			pq.Push(cursor[T]{c.list, c.pos + 1})
		}
	}
	return out
}

func main() {
	fmt.Println(HeapSort([]int{5, 1, 4, 1, 5, 9, 2, 6}))
	fmt.Println(HeapSort(strings.Fields("delta alpha echo bravo charlie")))
	fmt.Println(HeapSort([]float64{0.3, -1.5, 2}))

	fmt.Println(TopK([]int{7, 2, 9, 4, 11, 3}, 3, func(a, b int) bool { return a < b }))
	fmt.Println(TopK([]string{"aa", "b", "cccc", "ddd"}, 2, func(a, b string) bool { return len(a) < len(b) }))

	tasks := NewPQ(func(a, b Task) bool {
		if a.Priority != b.Priority {
			return a.Priority > b.Priority
		}
		return a.Seq < b.Seq
	})
	for i, t := range []struct {
		n string
		p int
	}{{"write", 2}, {"test", 3}, {"deploy", 1}, {"review", 3}, {"lint", 2}} {
		tasks.Push(Task{t.n, t.p, i})
	}
	for tasks.Len() > 0 {
		t := tasks.Pop()
		fmt.Printf("%d:%s ", t.Priority, t.Name)
	}
	fmt.Println()

	fmt.Println(MergeSorted([]int{1, 4, 9}, []int{2, 3, 10}, nil, []int{0, 5}))
	fmt.Println(MergeSorted([]string{"b", "d"}, []string{"a", "c", "e"}))
}
