// `defer recover()` inside a deferred closure that a panic is running stops that panic in Go
// 1.19, where `defer recover()` in the panicking function itself does not
// (defer_recover_builtin.go). tools/difftest found the boundary of this rule: in a goroutine
// whose stack Go copies while the panic runs, Go 1.19 no longer lets it recover (deferc never
// copies stacks and behaves as Go does without a copy; docs/DESIGN-NOTES.md, "Known
// differences"), so these run on main's stack, which has long grown.
package main

import "fmt"

func nested() {
	defer func() {
		defer recover()
		fmt.Println("nested: the deferred closure runs")
	}()
	panic("nested")
}

func inLoop() {
	defer func() {
		for i := 0; i < 2; i++ {
			defer recover()
		}
	}()
	panic("inLoop")
}

func withCall() {
	defer func() {
		defer recover()
		func() { fmt.Println("withCall: a call inside the deferred closure") }()
	}()
	panic("withCall")
}

// One call deeper: recover is the deferred function of a closure the deferred closure calls.
func tooDeep() {
	defer func() {
		func() {
			defer recover()
		}()
	}()
	panic("tooDeep")
}

func asDeferred(name string, f func()) {
	defer func() { fmt.Println(name, "run by a defer: the caller's handler got", recover()) }()
	defer f()
}

func asCall(name string, f func()) {
	defer func() { fmt.Println(name, "called: the caller's handler got", recover()) }()
	f()
	fmt.Println(name, "returned normally")
}

func main() {
	for _, c := range []struct {
		name string
		f    func()
	}{{"nested", nested}, {"inLoop", inLoop}, {"withCall", withCall}, {"tooDeep", tooDeep}} {
		asCall(c.name, c.f)
		asDeferred(c.name, c.f)
	}
}
