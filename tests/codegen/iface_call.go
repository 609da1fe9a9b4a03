// A call through an interface: the method's code pointer comes from the call site's method cache
// (keyed by the dynamic type) and is called indirectly with the data word as the receiver.
//
// codegen: main.area
// The call site's two-entry method cache: its miss path calls deferc_find_method with the cache
// and the receiver live across that call, so the function saves callee-saved registers even
// when the cache hits. Moving the miss path out of line is the performance issue's work.
// pending: the inline method cache's miss path keeps values live across a runtime call
// property: main.area no-callee-saved
package main

type Shape interface{ Area() int }

type Square struct{ side int }

func (q *Square) Area() int { return q.side * q.side }

//go:noinline
func area(s Shape) int { return s.Area() }

func main() {
	println(area(&Square{3}))
}
