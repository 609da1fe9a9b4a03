// runtime.Caller: the file (its last element: the directory differs between machines) and
// line of calls up the stack, from functions, methods, closures, deferred calls and
// goroutines; ok is false past the end of the stack.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func where(skip int) string {
	pc, file, line, ok := runtime.Caller(skip)
	return fmt.Sprintf("%s:%d %v %v", file[strings.LastIndex(file, "/")+1:], line, ok, pc != 0)
}

type T struct{}

type I interface{ Value() string }

func (T) Value() string  { return where(1) }
func (*T) Ptr() string   { return where(2) }
func outer() string      { return inner() }
func inner() string      { return where(2) }
func recurse(n int) string {
	if n == 0 {
		return where(3)
	}
	return recurse(n - 1)
}

func main() {
	fmt.Println(where(0))
	fmt.Println(where(1))
	fmt.Println(T{}.Value())
	t := &T{}
	fmt.Println(t.Ptr())
	fmt.Println(outer())
	fmt.Println(recurse(5))
	// Through the compiler's wrappers (interface call of a value method, method values and
	// expressions), which Go's Caller elides.
	var i I = T{}
	fmt.Println(i.Value())
	mv := i.Value
	fmt.Println(mv())
	me := T.Value
	fmt.Println(me(T{}))
	pe := (*T).Ptr
	fmt.Println(pe(t))
	f := func() string { return where(1) }
	fmt.Println(f())
	func() {
		fmt.Println(where(1))
	}()
	done := make(chan string)
	go func() {
		done <- where(1)
	}()
	fmt.Println(<-done)
	_, file, line, ok := runtime.Caller(1000)
	fmt.Printf("%q %d %v\n", file, line, ok)
	_, _, _, ok = runtime.Caller(-1)
	fmt.Println(ok)
	defer func() {
		fmt.Println("deferred", where(1))
	}()
}
