// The operands of defer and go statements (function value, receiver, arguments) are each
// evaluated completely, one after the other, at the statement (gc copies each into a
// temporary of its own); inside one operand the usual order applies.
package main

import "fmt"

type P struct{ a, b int }

func (p P) M(x int)   { fmt.Println("M", p.a, x) }
func (p *P) PM(x int) { fmt.Println("PM", p.a, x) }

type I interface{ M(int) }

func ints(a, b int)      { fmt.Println("ints", a, b) }
func structs(s P, n int) { fmt.Println("structs", s, n) }
func anys(a ...any)      { fmt.Println(a...) }

func main() {
	x := 1
	sx := func() int { x = 2; return 0 }
	t := P{1, 1}
	st := func() int { t.a = 9; return 0 }
	fv := func(x, y int) { fmt.Println("fv", x, y) }
	func() {
		defer ints(x, sx())
		x = 1
		defer t.M(st())
		t = P{1, 1}
		defer t.PM(st())
		t = P{1, 1}
		defer fv(t.a, func() int { fv = func(x, y int) { fmt.Println("new fv") }; return 0 }())
		t = P{1, 1}
		defer fmt.Println("nested", fmt.Sprint(t.a, st()))
		t = P{1, 1}
		defer structs(t, st())
		t = P{1, 1}
		var i I = t
		defer i.M(func() int { i = P{5, 5}; return 7 }())
		x = 1
		defer anys(x, sx(), x)
		b := false
		defer anys(b, func() int { b = true; return 0 }())
		x = 1
		defer println("println", x, sx())
		x = 1
		m := map[int]int{1: 1, 2: 2}
		defer func() { fmt.Println("map", m) }()
		defer delete(m, x+sx())
		x = 100
	}()
	x = 1
	done := make(chan bool)
	go func(a, b int) { fmt.Println("go", a, b); done <- true }(x, sx())
	<-done
	x = 1
	go signal(done, x+sx(), x)
	<-done
	x = 1
	t = P{1, 1}
	go signalS(done, t, st())
	<-done
}

func signal(done chan bool, a, b int) { fmt.Println("signal", a, b); done <- true }

func signalS(done chan bool, s P, n int) { fmt.Println("signalS", s, n); done <- true }
