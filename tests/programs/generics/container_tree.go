// Generic binary search tree with a less func(a, b T) bool field: insert, contains, in-order walk, height, min/max, keyed by struct.
package main

import (
	"fmt"
	"strings"
)

type node[T any] struct {
	left, right *node[T]
	val         T
}

type Tree[T any] struct {
	root *node[T]
	less func(a, b T) bool
	size int
}

func NewTree[T any](less func(a, b T) bool) *Tree[T] {
	return &Tree[T]{less: less}
}

func (t *Tree[T]) Insert(v T) bool {
	p := &t.root
	for *p != nil {
		switch {
		case t.less(v, (*p).val):
			p = &(*p).left
		case t.less((*p).val, v):
			p = &(*p).right
		default:
			return false
		}
	}
	*p = &node[T]{val: v}
	t.size++
	return true
}

func (t *Tree[T]) Contains(v T) bool {
	n := t.root
	for n != nil {
		if t.less(v, n.val) {
			n = n.left
		} else if t.less(n.val, v) {
			n = n.right
		} else {
			return true
		}
	}
	return false
}

func walk[T any](n *node[T], f func(T)) {
	if n == nil {
		return
	}
	walk(n.left, f)
	f(n.val)
	walk(n.right, f)
}

func (t *Tree[T]) InOrder() []T {
	var out []T
	walk(t.root, func(v T) { out = append(out, v) })
	return out
}

func height[T any](n *node[T]) int {
	if n == nil {
		return 0
	}
	l, r := height(n.left), height(n.right)
	if l > r {
		return l + 1
	}
	return r + 1
}

func (t *Tree[T]) Height() int { return height(t.root) }

func (t *Tree[T]) Min() (T, bool) {
	if t.root == nil {
		var z T
		return z, false
	}
	n := t.root
	for n.left != nil {
		n = n.left
	}
	return n.val, true
}

type Employee struct {
	Name string
	Age  int
}

func main() {
	it := NewTree(func(a, b int) bool { return a < b })
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 30, 50} {
		if !it.Insert(v) {
			fmt.Println("dup", v)
		}
	}
	fmt.Println(it.InOrder(), it.size, it.Height())
	fmt.Println(it.Contains(60), it.Contains(65))
	m, ok := it.Min()
	fmt.Println(m, ok)

	rev := NewTree(func(a, b string) bool { return a > b })
	for _, w := range strings.Fields("delta alpha charlie bravo echo") {
		rev.Insert(w)
	}
	fmt.Println(rev.InOrder())

	byLen := NewTree(func(a, b string) bool { return len(a) < len(b) })
	for _, w := range strings.Fields("a bb cc ddd e ffff") {
		byLen.Insert(w)
	}
	fmt.Println(byLen.InOrder(), byLen.size)

	emp := NewTree(func(a, b Employee) bool {
		if a.Age != b.Age {
			return a.Age < b.Age
		}
		return a.Name < b.Name
	})
	emp.Insert(Employee{"Zed", 30})
	emp.Insert(Employee{"Amy", 30})
	emp.Insert(Employee{"Bob", 25})
	fmt.Printf("%+v\n", emp.InOrder())
	fmt.Println(emp.Contains(Employee{"Amy", 30}), emp.Height())

	line := NewTree(func(a, b float64) bool { return a < b })
	for i := 0; i < 10; i++ {
		line.Insert(float64(i) / 2)
	}
	fmt.Println(line.Height(), line.InOrder())
	e := NewTree(func(a, b int) bool { return a < b })
	_, ok = e.Min()
	fmt.Println(e.InOrder() == nil, ok)
}
