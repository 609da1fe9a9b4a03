// Package runtime: what Go 1.19's runtime/extern.go and debug.go tell a program about its
// environment: the toolchain, the operating system, the CPUs and the Go version.
package runtime

// Compiler is the name of the compiler toolchain that built the running binary. deferc
// answers "gc": it builds programs to gc's layouts and behaviour, which is what programs
// asking (to skip gccgo's differences) want to know.
const Compiler = "gc"

// GOOS is the running program's operating system target.
const GOOS = "linux"

// MemProfileRate controls the fraction of memory allocations that are recorded and reported
// in the memory profile. deferc has no memory profile; the variable is there for programs
// that set it.
var MemProfileRate int = 512 * 1024

// Version returns the Go tree's version string: the Go deferc implements.
func Version() string { return "go1.19" }

// NumCPU returns the number of logical CPUs usable by the current process
// (sched_getaffinity, as Go; runtime/src/os.rs).
func NumCPU() int

// LockOSThread wires the calling goroutine to its current operating system thread. deferc
// runs every goroutine on the one thread, so it already is.
func LockOSThread() {}

// UnlockOSThread undoes an earlier call to LockOSThread.
func UnlockOSThread() {}

