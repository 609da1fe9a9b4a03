// runtime.Callers and CallersFrames: skips, short buffers, the frames of a goroutine, of
// recursion, of a deferred call run by a panic (below runtime's panic: the frames the panic
// left), and Frame's fields. Go's own frames show by name only (their lines are Go's).
package main

import (
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
)

func frames(tag string, skip int, n int) {
	pcs := make([]uintptr, n)
	got := runtime.Callers(skip, pcs)
	var parts []string
	fs := runtime.CallersFrames(pcs[:got])
	for {
		f, more := fs.Next()
		if f.PC == 0 {
			break
		}
		if strings.HasPrefix(f.Function, "runtime.") {
			parts = append(parts, f.Function)
		} else {
			parts = append(parts, fmt.Sprintf("%s %s:%d", f.Function, filepath.Base(f.File), f.Line))
		}
		if f.Entry > f.PC || f.Entry == 0 {
			parts = append(parts, "BAD ENTRY")
		}
		if f.Func != nil && f.Func.Name() != f.Function {
			parts = append(parts, "BAD FUNC")
		}
		if !more {
			break
		}
	}
	fmt.Printf("%s (%d): %s\n", tag, got, strings.Join(parts, " | "))
}

func recurse(n int) {
	if n == 0 {
		frames("recursion", 1, 10)
		return
	}
	recurse(n - 1)
}

type S struct{}

func (S) M() { frames("method", 1, 10) }

func inPanic() {
	defer func() {
		recover()
	}()
	defer func() {
		frames("deferred in panic", 1, 10)
	}()
	inner()
}

func inner() {
	panic("x")
}

func main() {
	frames("skip 0", 0, 10)
	frames("skip 1", 1, 10)
	frames("skip 2", 2, 10)
	frames("short", 0, 2)
	frames("too deep", 10, 10)
	frames("empty", 0, 0)
	recurse(3)
	S{}.M()
	inPanic()
	done := make(chan bool)
	go func() {
		defer close(done)
		frames("goroutine", 1, 10)
	}()
	<-done
	var none runtime.Frames
	f, more := none.Next()
	fmt.Println(f.PC, f.Function == "", more)
	f, more = runtime.CallersFrames([]uintptr{0}).Next()
	fmt.Println(f.PC, more)
}
