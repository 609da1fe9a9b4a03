// Package list: all of Go 1.19's container/list, a doubly linked list. The list is a ring
// through a sentinel element embedded in the List (root), so the zero List is an empty list
// once lazyInit links root to itself; an element knows its list, and every method given an
// element of another list (or a removed one) leaves both lists alone, as Go's does.
package list

// An Element is an element of a linked list.
type Element struct {
	next, prev *Element
	list       *List // the list holding the element, nil once removed
	Value      any   // the value stored with this element
}

// Next returns the next list element or nil.
func (e *Element) Next() *Element {
	if n := e.next; e.list != nil && n != &e.list.root {
		return n
	}
	return nil
}

// Prev returns the previous list element or nil.
func (e *Element) Prev() *Element {
	if p := e.prev; e.list != nil && p != &e.list.root {
		return p
	}
	return nil
}

// List represents a doubly linked list. The zero value is an empty list ready to use.
type List struct {
	root Element // sentinel: root.next is the front, root.prev the back
	len  int     // number of elements, the sentinel not counted
}

// Init initializes or clears list l.
func (l *List) Init() *List {
	l.root.next = &l.root
	l.root.prev = &l.root
	l.len = 0
	return l
}

// New returns an initialized list.
func New() *List { return new(List).Init() }

// Len returns the number of elements of list l.
func (l *List) Len() int { return l.len }

// Front returns the first element of list l or nil if the list is empty.
func (l *List) Front() *Element {
	if l.len == 0 {
		return nil
	}
	return l.root.next
}

// Back returns the last element of list l or nil if the list is empty.
func (l *List) Back() *Element {
	if l.len == 0 {
		return nil
	}
	return l.root.prev
}

// lazyInit makes a zero List usable.
func (l *List) lazyInit() {
	if l.root.next == nil {
		l.Init()
	}
}

// insert links e after at and counts it.
func (l *List) insert(e, at *Element) *Element {
	e.prev = at
	e.next = at.next
	at.next = e
	e.next.prev = e
	e.list = l
	l.len++
	return e
}

// unlink takes e out of the ring, clearing its links so it keeps nothing alive.
func (l *List) unlink(e *Element) {
	e.prev.next = e.next
	e.next.prev = e.prev
	e.next = nil
	e.prev = nil
	e.list = nil
	l.len--
}

// move relinks e after at.
func (l *List) move(e, at *Element) {
	if e == at {
		return
	}
	e.prev.next = e.next
	e.next.prev = e.prev
	e.prev = at
	e.next = at.next
	at.next = e
	e.next.prev = e
}

// Remove removes e from l if e is an element of list l. It returns the element value e.Value.
func (l *List) Remove(e *Element) any {
	if e.list == l {
		l.unlink(e)
	}
	return e.Value
}

// PushFront inserts a new element e with value v at the front of list l and returns e.
func (l *List) PushFront(v any) *Element {
	l.lazyInit()
	return l.insert(&Element{Value: v}, &l.root)
}

// PushBack inserts a new element e with value v at the back of list l and returns e.
func (l *List) PushBack(v any) *Element {
	l.lazyInit()
	return l.insert(&Element{Value: v}, l.root.prev)
}

// InsertBefore inserts a new element with value v immediately before mark and returns it;
// nil (and no change) if mark is not an element of l.
func (l *List) InsertBefore(v any, mark *Element) *Element {
	if mark.list != l {
		return nil
	}
	return l.insert(&Element{Value: v}, mark.prev)
}

// InsertAfter inserts a new element with value v immediately after mark and returns it;
// nil (and no change) if mark is not an element of l.
func (l *List) InsertAfter(v any, mark *Element) *Element {
	if mark.list != l {
		return nil
	}
	return l.insert(&Element{Value: v}, mark)
}

// MoveToFront moves element e to the front of list l (if e is an element of l).
func (l *List) MoveToFront(e *Element) {
	if e.list != l || l.root.next == e {
		return
	}
	l.move(e, &l.root)
}

// MoveToBack moves element e to the back of list l (if e is an element of l).
func (l *List) MoveToBack(e *Element) {
	if e.list != l || l.root.prev == e {
		return
	}
	l.move(e, l.root.prev)
}

// MoveBefore moves element e to its new position before mark (if both are elements of l
// and differ).
func (l *List) MoveBefore(e, mark *Element) {
	if e.list != l || e == mark || mark.list != l {
		return
	}
	l.move(e, mark.prev)
}

// MoveAfter moves element e to its new position after mark (if both are elements of l and
// differ).
func (l *List) MoveAfter(e, mark *Element) {
	if e.list != l || e == mark || mark.list != l {
		return
	}
	l.move(e, mark)
}

// PushBackList inserts a copy of another list at the back of list l. The lists may be the
// same: the count is taken first, so l pushed onto itself doubles.
func (l *List) PushBackList(other *List) {
	l.lazyInit()
	e := other.Front()
	for n := other.Len(); n > 0; n-- {
		l.insert(&Element{Value: e.Value}, l.root.prev)
		e = e.Next()
	}
}

// PushFrontList inserts a copy of another list at the front of list l. The lists may be the
// same.
func (l *List) PushFrontList(other *List) {
	l.lazyInit()
	e := other.Back()
	for n := other.Len(); n > 0; n-- {
		l.insert(&Element{Value: e.Value}, &l.root)
		e = e.Prev()
	}
}
