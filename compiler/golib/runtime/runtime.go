// Package runtime: the parts of Go 1.19's runtime package that are plain Go for deferc.
// Goexit, Breakpoint and the Error interface are implemented by the compiler and runtime
// (check::lib).
package runtime

// GC runs a garbage collection. deferc's heap is an arena that is never collected (see
// runtime/src/alloc.rs), so there is nothing to collect; programs that call GC only to provoke
// bugs behave as if the collection found nothing. Go's GC blocks the caller while other
// goroutines run, so a goroutine looping on GC must let them run here too (goroutines are
// scheduled cooperatively on one thread).
func GC() { Gosched() }

// KeepAlive marks x as reachable up to this point; without a collector it always is.
func KeepAlive(x any) {}

// Gosched yields the processor, letting other goroutines run.
func Gosched()

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int
