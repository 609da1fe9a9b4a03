// Order of evaluation inside a statement, as gc does it: calls (function, method, interface,
// closure) are evaluated first, left to right; plain operands (variables, fields, index
// expressions, dereferences, arithmetic) are read afterwards, when the statement's operation
// is carried out.
package main

import "fmt"

var g int

type T struct{ n int }

func (t T) Val(int) int  { return t.n }
func (t *T) Ptr(int) int { return t.n }

type I interface{ Val(int) int }

type U struct{ n int }

func (u U) Val(int) int { return -u.n }

func add(a, b int) int { return a + b }
func pair(a, b int)    { fmt.Println("pair", a, b) }

type S struct{ a, b int }

func ret() (int, int) {
	x := 1
	return x, func() int { x = 2; return 0 }()
}

func retS() (S, int) {
	s := S{1, 1}
	return s, func() int { s.a = 2; return 0 }()
}

func retG() (int, int) {
	return g, func() int { g = 33; return 0 }()
}

func named() (a, b int) {
	a = 1
	return a + 1, func() int { a = 10; return 5 }()
}

func main() {
	x := 0
	f := func() int { x = 5; g = 7; return 1 }
	fmt.Println(x, g, f())
	x = 0
	fmt.Println(x+f(), x)
	pair(x, func() int { x = 9; return 0 }())
	y := 0
	fmt.Println(y + func() int { y = 10; return 1 }())

	// Index expressions: the slice and the index are read late.
	a := []int{1, 2, 3}
	i := 0
	m := func() int { a[0] = 100; i = 2; return 0 }
	fmt.Println(a[i]+m(), a[i])
	a = []int{1, 2, 3}
	i = 0
	fmt.Println(a[i], func() int { a = []int{7, 8, 9}; return 0 }())

	// Fields and dereferences.
	t := T{1}
	fmt.Println(t.n, func() int { t.n = 4; return 0 }())
	ps := &S{}
	k := func() int { ps.a = 4; ps = &S{8, 8}; return 0 }
	fmt.Println(ps.a, *ps, k())
	p := new(int)
	fmt.Println(*p+func() int { *p = 3; return 0 }(), *p)

	// Function values, receivers and interfaces are read at the call.
	fv := func(int) string { return "old" }
	fmt.Println(fv(func() int { fv = func(int) string { return "new" }; return 0 }()))
	t = T{1}
	fmt.Println(t.Val(func() int { t.n = 2; return 0 }()))
	pt := &T{1}
	fmt.Println(pt.Val(func() int { pt = &T{3}; return 0 }()))
	pt = &T{1}
	fmt.Println(pt.Ptr(func() int { pt = &T{4}; return 0 }()))
	var iv I = T{1}
	fmt.Println(iv.Val(func() int { iv = U{5}; return 0 }()))

	// Nested calls happen at their place in the order.
	x = 1
	sx := func() int { x = 2; return 0 }
	fmt.Println(add(x, sx()))
	x = 1
	fmt.Println(add(add(x, 0), sx()), x)
	x = 1
	fmt.Println(add(sx(), add(x, 0)), x)

	// Composite literals read their elements late.
	x = 1
	fmt.Println(T{x + sx()}, []int{x, sx()}, [2]int{x, sx()})
	x = 1
	fmt.Println(S{b: x, a: sx()}, &S{x, sx()})

	// Assignments: index operands and right sides.
	a = []int{0, 0, 0}
	i = 0
	si := func() int { i = 2; return 7 }
	a[i] = si()
	fmt.Println(a)
	a = []int{0, 0, 0}
	i = 0
	a[i], x = si(), 3
	fmt.Println(a, x)
	var q1, q2 int
	x = 1
	q1, q2 = x, sx()
	fmt.Println(q1, q2)
	x = 1
	q1, q2 = sx(), x
	fmt.Println(q1, q2)
	x = 1
	n1, n2 := x, sx()
	fmt.Println(n1, n2)
	x = 1
	q1, q2 = q2+x, q1+sx()
	fmt.Println(q1, q2)

	// Op-assignments and increments.
	a = []int{0, 0, 0}
	i = 0
	a[i] += si()
	fmt.Println(a)
	x = 1
	x += func() int { x = 10; return 1 }()
	fmt.Println(x)
	mp := map[int]int{}
	key := 1
	mp[key] = func() int { key = 2; return 5 }()
	mp[key] += func() int { key = 3; return 1 }()
	fmt.Println(mp)

	// var declarations with several values: one value after the other.
	x = 1
	var v1, v2 = x, sx()
	fmt.Println(v1, v2)
	x = 1
	var w1, w2 = sx(), x
	fmt.Println(w1, w2)
	x = 1
	var z1 = x + sx()
	fmt.Println(z1)

	// Returns.
	fmt.Println(ret())
	fmt.Println(retS())
	g = 1
	fmt.Println(retG())
	fmt.Println(named())

	// Conditions, switch tags and cases.
	x = 1
	if x == 2+sx() {
		fmt.Println("if: late")
	} else {
		fmt.Println("if: early")
	}
	x = 1
	switch x + sx() {
	case 2:
		fmt.Println("switch: late")
	default:
		fmt.Println("switch: early")
	}
	x = 1
	switch 2 {
	case x:
		fmt.Println("case x")
	case x + sx():
		fmt.Println("case x + sx()")
	}
	cnt := 0
	for j := 0; j+func() int { cnt++; return 0 }() < 3; j++ {
	}
	fmt.Println("loop conditions", cnt)

	// Map index reads are late.
	mm := map[int]int{1: 10, 2: 20}
	x = 1
	fmt.Println(mm[x] + mm[sx()] + mm[x])
	mm = map[int]int{1: 1}
	fmt.Println(mm[1], func() int { mm[1] = 10; return 0 }())

	// Multi-value calls as arguments.
	g = 0
	pair(func() (int, int) { g = 50; return 1, g }())

	// Channel receives are ordering points too.
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	z := 0
	fmt.Println(z, <-ch, func() int { z = 9; return 0 }(), <-ch)
	ch <- 5
	z = 0
	fmt.Println(z+<-ch, func() int { z = 3; return 0 }())

	// String concatenation is done late.
	s := "a"
	fmt.Println(s+func() string { s = "b"; return "c" }(), s)

	// Sends.
	c2 := make(chan int, 1)
	v := 1
	c2 <- v + func() int { v = 10; return 0 }()
	fmt.Println(<-c2)
	select {
	case c2 <- v + func() int { v = 20; return 0 }():
	}
	fmt.Println(<-c2)
}
