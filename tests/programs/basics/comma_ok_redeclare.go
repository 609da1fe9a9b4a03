package main

import "fmt"

// The ok of a comma-ok form declared with := or var is a bool, so a later tuple
// assignment of a function's (T, bool) results to it is fine; ok may also be assigned to
// named boolean types and to interfaces.

type Reader interface{ Read() string }

type Buffer struct{ name string }

func (b *Buffer) Read() string { return b.name }

func pair() (Reader, bool) { return &Buffer{"pair"}, true }

func none() (r Reader, ok bool) { return }

type MyBool bool

func main() {
	var r Reader = &Buffer{"first"}
	b, ok := r.(*Buffer)
	fmt.Println(b.Read(), ok)
	r, ok = pair()
	fmt.Println(r.Read(), ok)
	r, ok = none()
	fmt.Println(r == nil, ok)

	m := map[string]int{"a": 1}
	v, found := m["a"]
	v, found = m["b"], true
	fmt.Println(v, found)

	var w, present = m["a"]
	w, present = 7, false
	fmt.Println(w, present)

	c := make(chan int, 1)
	c <- 5
	n, open := <-c
	close(c)
	fmt.Println(n, open)
	n, open = <-c
	fmt.Println(n, open)

	var mb MyBool
	_, mb = m["a"]
	var anyOk any
	_, anyOk = m["zz"]
	_, mb2 := r.(*Buffer)
	fmt.Println(mb, anyOk, mb2)
	fmt.Printf("%T %T %T\n", ok, anyOk, mb)
}
