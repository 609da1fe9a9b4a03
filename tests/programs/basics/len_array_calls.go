// len and cap of an array are constants only when the operand has no function calls or
// receives; a call inside a composite literal still runs (it once was skipped). Conversions,
// constant builtin calls and function literal bodies do not make them non-constant.
package main

import "fmt"

var n int

func f() int { n++; return n }

type S struct{ a [3]int }

var x = 3.0

func main() {
	a := len([2]int{f(), 1})
	fmt.Println(a, n)
	p := &S{}
	const c = len([2]int{})
	fmt.Println(len(p.a), c, n)
	w := len(func() [3]int { f(); return [3]int{} }())
	fmt.Println(w, n)
	var arr [5]int
	v := len(arr[:f()])
	fmt.Println(v, n)
	m := cap([4]int{1, 2, f()})
	fmt.Println(m, n)
	const k = len([2]int{int(x)})
	const d = len([2]string{string(rune(x))})
	const e = len([2]func(){func() { println() }})
	const g = len([2]int{len("abc")})
	fmt.Println(k, d, e, g)
	ch := make(chan int, 1)
	ch <- 7
	r := len([1]int{<-ch})
	fmt.Println(r, len(ch))
}
