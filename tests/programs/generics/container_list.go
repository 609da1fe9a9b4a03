// Generic singly linked list type List[T] { next *List[T]; v T } plus a doubly linked container with Push/Each/Map/Reverse.
package main

import (
	"fmt"
	"strings"
)

type List[T any] struct {
	next *List[T]
	v    T
}

func Cons[T any](v T, l *List[T]) *List[T] {
	return &List[T]{next: l, v: v}
}

func FromSlice[T any](xs []T) *List[T] {
	var l *List[T]
	for i := len(xs) - 1; i >= 0; i-- {
		l = Cons(xs[i], l)
	}
	return l
}

func (l *List[T]) Len() int {
	n := 0
	for ; l != nil; l = l.next {
		n++
	}
	return n
}

func (l *List[T]) Each(f func(T)) {
	for p := l; p != nil; p = p.next {
		f(p.v)
	}
}

func (l *List[T]) Reverse() *List[T] {
	var out *List[T]
	for p := l; p != nil; p = p.next {
		out = Cons(p.v, out)
	}
	return out
}

func MapList[T, U any](l *List[T], f func(T) U) *List[U] {
	if l == nil {
		return nil
	}
	return Cons(f(l.v), MapList(l.next, f))
}

func (l *List[T]) String() string {
	var sb strings.Builder
	sb.WriteString("(")
	for p := l; p != nil; p = p.next {
		if p != l {
			sb.WriteString(" ")
		}
		fmt.Fprint(&sb, p.v)
	}
	sb.WriteString(")")
	return sb.String()
}

// Doubly linked list with sentinel.
type node[T any] struct {
	prev, next *node[T]
	val        T
}

type DList[T any] struct {
	root node[T]
	n    int
}

func NewDList[T any]() *DList[T] {
	d := &DList[T]{}
	d.root.next = &d.root
	d.root.prev = &d.root
	return d
}

func (d *DList[T]) insertAfter(at *node[T], v T) {
	nd := &node[T]{prev: at, next: at.next, val: v}
	at.next.prev = nd
	at.next = nd
	d.n++
}

func (d *DList[T]) PushFront(v T) { d.insertAfter(&d.root, v) }
func (d *DList[T]) PushBack(v T)  { d.insertAfter(d.root.prev, v) }

func (d *DList[T]) PopFront() (T, bool) {
	if d.n == 0 {
		var z T
		return z, false
	}
	nd := d.root.next
	nd.prev.next = nd.next
	nd.next.prev = nd.prev
	d.n--
	return nd.val, true
}

func (d *DList[T]) Backward() []T {
	var out []T
	for p := d.root.prev; p != &d.root; p = p.prev {
		out = append(out, p.val)
	}
	return out
}

func main() {
	l := FromSlice([]int{1, 2, 3, 4})
	fmt.Println(l, l.Len())
	fmt.Println(l.Reverse())
	sum := 0
	l.Each(func(x int) { sum += x })
	fmt.Println(sum)
	ls := MapList(l, func(x int) string { return strings.Repeat("*", x) })
	fmt.Println(ls.String(), ls.Len())
	var empty *List[float64]
	fmt.Println(empty.Len(), empty.String())
	fl := Cons(1.5, Cons(2.5, empty))
	fmt.Println(fl)

	d := NewDList[string]()
	d.PushBack("b")
	d.PushFront("a")
	d.PushBack("c")
	fmt.Println(d.Backward(), d.n)
	v, ok := d.PopFront()
	fmt.Println(v, ok, d.Backward())
	d.PopFront()
	d.PopFront()
	v, ok = d.PopFront()
	fmt.Printf("%q %v %d\n", v, ok, d.n)
}
