// Package runtime: the parts of Go 1.19's runtime package that are plain Go for deferc.
// Goexit, Breakpoint and the Error interface are implemented by the compiler and runtime
// (check::lib).
package runtime

// GC runs a garbage collection (runtime/src/mem/mgc.rs), then lets other goroutines run: Go's
// GC blocks the caller while other goroutines run, so a goroutine looping on GC must let them
// run here too (goroutines are scheduled cooperatively on one thread).
func GC() {
	gc()
	Gosched()
}

func gc()

// KeepAlive marks x as reachable up to this point; without a collector it always is.
func KeepAlive(x any) {}

// Gosched yields the processor, letting other goroutines run.
func Gosched()

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int
