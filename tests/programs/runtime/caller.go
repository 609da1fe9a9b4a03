// runtime.Caller from plain calls, closures, methods (value, pointer, method values and
// expressions), deferred calls at a function's exit, deferred calls run by a panic (their
// caller is the runtime's panic), after a recover, and in a goroutine; FuncForPC of the pcs.
package main

import (
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
)

// where prints the function, file and line of `depth` frames above its caller.
func where(tag string, depth int) {
	var parts []string
	for i := 1; i <= depth; i++ {
		pc, file, line, ok := runtime.Caller(i)
		if !ok {
			parts = append(parts, "-")
			continue
		}
		name := runtime.FuncForPC(pc).Name()
		if strings.HasPrefix(name, "runtime.") {
			// Go's own files: the line depends on the Go release, the name does not.
			parts = append(parts, name)
			continue
		}
		parts = append(parts, fmt.Sprintf("%s %s:%d", name, filepath.Base(file), line))
	}
	fmt.Printf("%-14s %s\n", tag, strings.Join(parts, " | "))
}

type T struct{ n int }

func (t T) Value()    { where("value method", 2) }
func (t *T) Pointer() { where("ptr method", 2) }

type I interface{ Value() }

func deferredAtExit() {
	defer where("defer at exit", 2)
	fmt.Println("body")
}

func deferredAtReturn() int {
	defer where("defer return", 2)
	fmt.Println("body")
	return 1
}

func closureDefer() {
	defer func() {
		where("closure defer", 3)
	}()
}

func panicking() {
	defer func() {
		where("in panic", 3)
		recover()
		where("recovered", 3)
	}()
	panic(fmt.Sprint("boom"))
}

// A runtime error: Go's stack has the runtime function that raised it below its panic, which
// deferc has not; two frames up are the same.
func runtimeError() {
	defer func() {
		where("runtime error", 2)
		recover()
	}()
	var m map[string]int
	m["x"] = 1
}

func directDeferInPanic() {
	defer func() { recover() }()
	defer where("direct defer", 3)
	panic("boom")
}

func loopDefers() {
	for i := 0; i < 2; i++ {
		defer where(fmt.Sprint("loop defer ", i), 2)
	}
}

func main() {
	where("main", 3)
	func() {
		where("closure", 3)
	}()
	T{}.Value()
	(&T{}).Pointer()
	var i I = T{}
	i.Value()
	f := T{}.Value
	f()
	g := (*T).Pointer
	g(&T{})
	deferredAtExit()
	deferredAtReturn()
	closureDefer()
	panicking()
	runtimeError()
	directDeferInPanic()
	loopDefers()
	done := make(chan bool)
	go func() {
		where("goroutine", 3)
		done <- true
	}()
	<-done
	pc, file, line, ok := runtime.Caller(0)
	fn := runtime.FuncForPC(pc)
	ffile, fline := fn.FileLine(pc)
	fmt.Println(fn.Name(), filepath.Base(file), line, ok, filepath.Base(ffile), fline, fn.Entry() <= pc)
	_, _, _, ok = runtime.Caller(100)
	fmt.Println("Caller(100) ok:", ok)
	var nilf *runtime.Func
	fmt.Printf("%q %v\n", nilf.Name(), runtime.FuncForPC(0) == nil)
}
