// Package ring: all of Go 1.19's container/ring, circular lists. A Ring is an element of a
// ring; there is no distinct head. The zero Ring is a one-element ring once a method links it
// to itself (init); New(n) builds n linked elements.
package ring

// A Ring is an element of a circular list, or ring.
type Ring struct {
	next, prev *Ring
	Value      any // for use by client; untouched by this library
}

// init links a zero Ring to itself.
func (r *Ring) init() *Ring {
	r.next = r
	r.prev = r
	return r
}

// Next returns the next ring element. r must not be empty.
func (r *Ring) Next() *Ring {
	if r.next == nil {
		return r.init()
	}
	return r.next
}

// Prev returns the previous ring element. r must not be empty.
func (r *Ring) Prev() *Ring {
	if r.next == nil {
		return r.init()
	}
	return r.prev
}

// Move moves n % r.Len() elements backward (n < 0) or forward (n >= 0) in the ring and
// returns that ring element. r must not be empty.
func (r *Ring) Move(n int) *Ring {
	if r.next == nil {
		return r.init()
	}
	for ; n < 0; n++ {
		r = r.prev
	}
	for ; n > 0; n-- {
		r = r.next
	}
	return r
}

// New creates a ring of n elements (nil if n <= 0).
func New(n int) *Ring {
	if n <= 0 {
		return nil
	}
	first := new(Ring)
	last := first
	for i := 1; i < n; i++ {
		last.next = &Ring{prev: last}
		last = last.next
	}
	last.next = first
	first.prev = last
	return first
}

// Link connects ring r with ring s such that r.Next() becomes s and returns the original
// value for r.Next(). r must not be empty. If r and s are the same ring, linking removes the
// elements between them (returned as a ring); otherwise s's elements are inserted after r.
func (r *Ring) Link(s *Ring) *Ring {
	n := r.Next()
	if s != nil {
		p := s.Prev()
		r.next = s
		s.prev = r
		n.prev = p
		p.next = n
	}
	return n
}

// Unlink removes n % r.Len() elements from the ring r, starting at r.Next(), and returns
// them as a ring (nil if n <= 0). r must not be empty.
func (r *Ring) Unlink(n int) *Ring {
	if n <= 0 {
		return nil
	}
	return r.Link(r.Move(n + 1))
}

// Len computes the number of elements in ring r, in time proportional to it.
func (r *Ring) Len() int {
	if r == nil {
		return 0
	}
	n := 1
	for p := r.Next(); p != r; p = p.next {
		n++
	}
	return n
}

// Do calls f on each element of the ring, in forward order.
func (r *Ring) Do(f func(any)) {
	if r == nil {
		return
	}
	f(r.Value)
	for p := r.Next(); p != r; p = p.next {
		f(p.Value)
	}
}
