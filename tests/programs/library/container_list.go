package main

import (
	"container/list"
	"fmt"
)

func dump(name string, l *list.List) {
	fmt.Printf("%s len=%d:", name, l.Len())
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(" ", e.Value)
	}
	fmt.Print(" | back:")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(" ", e.Value)
	}
	fmt.Println()
}

func main() {
	var z list.List // zero value ready to use
	fmt.Println(z.Len(), z.Front() == nil, z.Back() == nil)
	z.PushBack(1)
	z.PushFront(0)
	dump("zero", &z)

	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	dump("l", l)
	l.MoveToFront(e4)
	dump("tofront", l)
	l.MoveToBack(e4)
	dump("toback", l)
	l.MoveToBack(e4) // already there
	l.MoveBefore(e4, e1)
	dump("before", l)
	l.MoveAfter(e4, e1)
	dump("after", l)
	l.MoveAfter(e4, e4) // no-op
	l.MoveBefore(e1, e1)
	dump("same", l)

	// Elements of another list are left alone.
	other := list.New()
	o1 := other.PushBack("x")
	fmt.Println(l.InsertBefore(9, o1) == nil, l.InsertAfter(9, o1) == nil)
	l.MoveToFront(o1)
	l.MoveToBack(o1)
	l.MoveBefore(e1, o1)
	l.MoveAfter(o1, e1)
	fmt.Println(l.Remove(o1), other.Len())
	dump("l", l)
	dump("other", other)

	// Remove clears the element's links.
	v := l.Remove(e4)
	fmt.Println(v, e4.Next() == nil, e4.Prev() == nil)
	fmt.Println(l.Remove(e4)) // removing twice is harmless
	dump("removed", l)

	// Self push doubles.
	l.PushBackList(l)
	dump("selfback", l)
	l.PushFrontList(l)
	dump("selffront", l)
	l2 := list.New()
	l2.PushBack("a")
	l2.PushBack("b")
	l.PushBackList(l2)
	l.PushFrontList(l2)
	dump("mixed", l)
	var z2 list.List
	z2.PushBackList(l2)
	dump("z2", &z2)
	var z3 list.List
	z3.PushFrontList(l2)
	dump("z3", &z3)

	// Removing while iterating.
	for e := l.Front(); e != nil; {
		next := e.Next()
		if n, ok := e.Value.(int); ok && n%2 == 1 {
			l.Remove(e)
		}
		e = next
	}
	dump("odd gone", l)

	// Init clears.
	l.Init()
	dump("init", l)
	fmt.Println(l.Front(), l.Back())

	// A list used as a queue and a stack.
	q := list.New()
	for i := 0; i < 5; i++ {
		q.PushBack(i * i)
	}
	for q.Len() > 0 {
		fmt.Print(q.Remove(q.Front()), " ")
	}
	fmt.Println()
	for i := 0; i < 5; i++ {
		q.PushBack(i)
	}
	for q.Len() > 0 {
		fmt.Print(q.Remove(q.Back()), " ")
	}
	fmt.Println()

	// An element of a zero Element (not in any list).
	var e list.Element
	fmt.Println(e.Next() == nil, e.Prev() == nil)
	fmt.Printf("%T %T\n", l, e4)
}
