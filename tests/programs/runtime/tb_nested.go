// A panic through nested calls: methods with value and pointer receivers, functions with
// and without parameters (Go prints their argument words, deferc `(...)`; `()` alike), a
// deferred call that runs on the way; the whole traceback is compared.
// traceback
package main

import "fmt"

type T struct{ n int }

//go:noinline
func (t *T) Boom(s string) {
	panic(fmt.Sprintf("boom %s %d", s, t.n))
}

//go:noinline
func (t T) Value() {
	defer func() {
		fmt.Println("deferred in Value")
	}()
	(&t).Boom("x")
}

//go:noinline
func noargs() {
	var t T
	t.Value()
}

//go:noinline
func withargs(a int, b string, c []int) {
	noargs()
}

func main() {
	withargs(1, "two", nil)
}
