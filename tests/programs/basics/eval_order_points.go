// gc's ordering points besides calls: len and cap, make, new, append, copy, slice expressions,
// string -> []byte / []rune conversions, type assertions to types that are not pointer-shaped,
// receives, && and ||, and map literals with non-constant entries are evaluated where they
// stand; string([]byte), string concatenation, pointer-shaped assertions and map index are
// not. Run-time panics come in that order too.
package main

import (
	"errors"
	"fmt"
)

type T struct{ n int }

type Stringer interface{ String() string }

func (t T) String() string { return fmt.Sprint("T", t.n) }

func try(name string, f func()) {
	defer func() {
		fmt.Println(name, "recovered:", recover())
	}()
	f()
}

func main() {
	// len and cap.
	a := []int{1}
	ap := func() int { a = append(a, 1, 2); return 0 }
	fmt.Println(len(a), ap(), len(a))
	a = []int{1}
	fmt.Println(len(a)+ap(), cap(a[:0]) > 0)
	s := "ab"
	fmt.Println(len(s)+func() int { s = "abcd"; return 0 }(), len(s))
	mm := map[int]int{}
	fmt.Println(len(mm), func() int { mm[1] = 1; return 0 }(), len(mm))

	// Slice expressions.
	a = []int{1, 2, 3}
	n := 1
	sm := func() int { n = 3; a[0] = 50; a = []int{7, 7, 7}; return 0 }
	fmt.Println(a[:n], sm(), a[:n])
	s = "hello"
	n = 2
	fmt.Println(s[:n], func() int { s = "world"; n = 4; return 0 }())
	arr := [3]int{1, 2, 3}
	fmt.Println(arr[1:], func() int { arr[2] = 30; return 0 }())

	// append, copy, make, new.
	a = []int{1}
	x := 5
	fmt.Println(append(a, x), func() int { x = 6; a = []int{9}; return 0 }(), a, x)
	dst := make([]int, 2)
	src := []int{1, 2}
	fmt.Println(copy(dst, src), func() int { src[0] = 100; return 0 }(), dst)
	n = 2
	fmt.Println(len(make([]int, n)), func() int { n = 5; return 0 }())
	pn := new(int)
	fmt.Println(*pn+func() int { *pn = 4; return 0 }(), pn != nil)

	// Conversions.
	str := "ab"
	ss := func() int { str = "cd"; return 0 }
	fmt.Println([]byte(str), ss(), []rune(str))
	bs := []byte("ab")
	fmt.Println(string(bs), func() int { bs[0] = 'X'; return 0 }())
	str = "ab"
	fmt.Println(string([]byte(str)), func() int { str = "zz"; return 0 }())

	// Type assertions.
	var e interface{} = 1
	fmt.Println(e.(int), func() int { e = 2; return 0 }())
	var ep interface{} = &T{1}
	fmt.Println(ep.(*T).n, func() int { ep = &T{2}; return 0 }())
	var es interface{} = T{1}
	fmt.Println(es.(Stringer).String(), es.(T), func() int { es = T{2}; return 0 }())
	e = 1
	v, ok := e.(int)
	fmt.Println(v, ok)

	// && and || are evaluated whole where they stand.
	c := false
	cc := func() int { c = true; return 0 }
	fmt.Println(c && true, c || false, !c, cc())
	c = false
	show := func(a, b bool, n int) { fmt.Println(a, b, n) }
	show(c || c, c, cc())
	calls := 0
	yes := func() bool { calls++; return true }
	no := func() bool { calls++; return false }
	fmt.Println(no() && yes(), yes() || no(), yes() && no(), calls)
	x = 0
	fmt.Println(x == 0 && func() bool { x = 1; return true }() && x == 1, x)

	// Map literals: constant entries first, then the others one by one.
	one := func() int { return 1 }
	fmt.Println(map[int]string{one(): "dyn", 1: "static"})
	x = 1
	sx := func() int { x = 2; return 0 }
	fmt.Println(map[string]int{"a": x, "b": sx(), "c": x})
	x = 1
	fmt.Println(map[string]int{"a": x}, sx(), map[string]int{"a": x})
	x = 1
	fmt.Println(map[int]int{x: x + sx()})

	// Panics happen in evaluation order.
	try("index after call", func() {
		arr := []int{}
		i := 0
		fmt.Println(arr[i], func() int { fmt.Println("called"); i = 2; return 0 }())
	})
	try("slice before index", func() {
		b := []int{1}
		i, j := 5, 9
		fmt.Println(b[i] + len(b[:j]))
	})
	try("nil deref after call", func() {
		var p *T
		fmt.Println(p.n, func() int { fmt.Println("called"); return 0 }())
	})
	try("division after call", func() {
		d := 0
		fmt.Println(10/d, func() int { fmt.Println("called"); return 0 }())
	})
	try("nil func after args", func() {
		var f func(int)
		f(func() int { fmt.Println("arg evaluated"); return 0 }())
	})
	try("nil map assign after rhs", func() {
		var m map[string]int
		m["a"] = func() int { fmt.Println("rhs evaluated"); return 1 }()
	})
	try("assertion at its place", func() {
		var e any = "s"
		fmt.Println(e.(int), func() int { fmt.Println("not called"); return 0 }())
	})
	try("error value", func() {
		err := errors.New("first")
		fmt.Println(err, func() int { err = errors.New("second"); return 0 }())
	})
}

func init() {
	// Map literals behind & are built once, where they stand.
	calls := 0
	f := func() int { calls++; return calls }
	x := 1
	p := &map[string]int{"a": f(), "b": x}
	fmt.Println(*p, calls)
	ps := []*map[int]int{{1: f()}, {2: x + f()}}
	fmt.Println(*ps[0], *ps[1], calls)
	fmt.Println(len(map[int]int{1: f(), 2: f()}), calls, &map[int]int{x: f()} != nil)
}
