// Package debug: stack traces (Go 1.19's runtime/debug/stack.go) and the settings of the
// runtime a program may change (garbage.go's SetMaxStack, SetMaxThreads, SetPanicOnFault,
// SetTraceback, SetMemoryLimit).
package debug

import (
	"os"
	"runtime"
)

// PrintStack prints to standard error the stack trace returned by runtime.Stack.
func PrintStack() {
	os.Stderr.Write(Stack())
}

// Stack returns a formatted stack trace of the goroutine that calls it. It calls
// runtime.Stack with a large enough buffer to capture the entire trace.
func Stack() []byte {
	buf := make([]byte, 1024)
	for {
		n := runtime.Stack(buf, false)
		if n < len(buf) {
			return buf[:n]
		}
		buf = make([]byte, 2*len(buf))
	}
}

var maxStack = 1000000000

// SetMaxStack sets the maximum amount of memory that can be used by a single goroutine stack
// and returns the previous setting. deferc's goroutine stacks have fixed sizes: the setting
// is kept and reported, Go's default being 1000000000.
func SetMaxStack(bytes int) int {
	old := maxStack
	maxStack = bytes
	return old
}

var maxThreads = 10000

// SetMaxThreads sets the maximum number of operating system threads that the Go program can
// use and returns the previous setting (Go's default 10000). deferc runs goroutines on one
// thread.
func SetMaxThreads(threads int) int {
	old := maxThreads
	maxThreads = threads
	return old
}

var panicOnFault bool

// SetPanicOnFault controls the runtime's behavior when a program faults at an unexpected
// (that is, nil) address, and returns the previous setting. deferc keeps the setting; faults
// at unexpected addresses end the program as Go's do by default.
func SetPanicOnFault(enabled bool) bool {
	old := panicOnFault
	panicOnFault = enabled
	return old
}

// SetTraceback sets the amount of detail printed by the runtime in the traceback it prints
// before exiting due to an unrecovered panic or an internal runtime error ("none", "single",
// "all", "system", "crash", or a number, as GOTRACEBACK). It cannot reduce the amount of
// detail below that of the GOTRACEBACK environment variable.
func SetTraceback(level string) {
	setTraceback(level)
}

func setTraceback(level string)

var memoryLimit int64 = 1<<63 - 1

// SetMemoryLimit provides the runtime with a soft memory limit and returns the previous
// limit; a negative input only reads it (Go's default is math.MaxInt64). deferc's collector
// paces on GOGC alone: the limit is kept and reported.
func SetMemoryLimit(limit int64) int64 {
	old := memoryLimit
	if limit >= 0 {
		memoryLimit = limit
	}
	return old
}
