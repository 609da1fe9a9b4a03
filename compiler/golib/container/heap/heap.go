// Package heap: all of Go 1.19's container/heap, heap operations on any type implementing
// heap.Interface (a min-heap by Less). The order of Less and Swap calls is Go's, step for
// step, so heaps whose elements compare equal end up arranged as under Go.
package heap

import "sort"

// The Interface type describes the requirements for a type using the routines in this
// package.
type Interface interface {
	sort.Interface
	Push(x any) // add x as element Len()
	Pop() any   // remove and return element Len() - 1.
}

// Init establishes the heap invariants; O(n).
func Init(h Interface) {
	n := h.Len()
	for i := n/2 - 1; i >= 0; i-- {
		down(h, i, n)
	}
}

// Push pushes the element x onto the heap; O(log n).
func Push(h Interface, x any) {
	h.Push(x)
	up(h, h.Len()-1)
}

// Pop removes and returns the minimum element (according to Less) from the heap.
func Pop(h Interface) any {
	n := h.Len() - 1
	h.Swap(0, n)
	down(h, 0, n)
	return h.Pop()
}

// Remove removes and returns the element at index i from the heap.
func Remove(h Interface, i int) any {
	n := h.Len() - 1
	if n != i {
		h.Swap(i, n)
		if !down(h, i, n) {
			up(h, i)
		}
	}
	return h.Pop()
}

// Fix re-establishes the heap ordering after the element at index i has changed its value.
func Fix(h Interface, i int) {
	if !down(h, i, h.Len()) {
		up(h, i)
	}
}

// up moves element j toward the root while it is less than its parent.
func up(h Interface, j int) {
	for {
		parent := (j - 1) / 2
		if parent == j || !h.Less(j, parent) {
			return
		}
		h.Swap(parent, j)
		j = parent
	}
}

// down moves element i0 toward the leaves (among the first n) while a child is less; it
// reports whether the element moved.
func down(h Interface, i0, n int) bool {
	i := i0
	for {
		left := 2*i + 1
		if left >= n || left < 0 { // left < 0 after int overflow
			break
		}
		j := left
		if right := left + 1; right < n && h.Less(right, left) {
			j = right
		}
		if !h.Less(j, i) {
			break
		}
		h.Swap(i, j)
		i = j
	}
	return i > i0
}
