// Package runtime: tracebacks as data (Stack, GoroutineProfile; runtime/src/traceback.rs),
// the profile record types of Go 1.19's mprof.go, and the settings a program reads about the
// scheduler and the toolchain (GOMAXPROCS, NumCgoCall, GOROOT).
package runtime

// Stack formats a stack trace of the calling goroutine into buf and returns the number of
// bytes written to buf. If all is true, Stack formats stack traces of all other goroutines
// into buf after the trace for the current goroutine.
func Stack(buf []byte, all bool) int {
	if len(buf) == 0 {
		return 0
	}
	return stack(&buf[0], len(buf), all)
}

func stack(buf *byte, n int, all bool) int

// GOMAXPROCS sets the maximum number of CPUs that can be executing simultaneously and
// returns the previous setting. It defaults to $GOMAXPROCS when that is a positive number,
// else 1: deferc runs goroutines on one thread, and a setting changes only what is reported.
// If n < 1, it does not change the current setting.
func GOMAXPROCS(n int) int

// NumCgoCall returns the number of cgo calls made by the current process: deferc programs
// make none.
func NumCgoCall() int64 {
	return 0
}

// GOROOT returns the root of the Go tree: $GOROOT if set, else the root of the Go
// installation whose go command is on PATH (the Go deferc stands in for).
func GOROOT() string {
	return goroot()
}

func goroot() string

// A StackRecord describes a single execution stack.
type StackRecord struct {
	Stack0 [32]uintptr // stack trace for this record; ends at first 0 entry
}

// Stack returns the stack trace associated with the record, a prefix of r.Stack0.
func (r *StackRecord) Stack() []uintptr {
	for i, v := range r.Stack0 {
		if v == 0 {
			return r.Stack0[0:i]
		}
	}
	return r.Stack0[0:]
}

// A MemProfileRecord describes the live objects allocated by a particular call sequence
// (stack trace).
type MemProfileRecord struct {
	AllocBytes, FreeBytes     int64       // number of bytes allocated, freed
	AllocObjects, FreeObjects int64       // number of objects allocated, freed
	Stack0                    [32]uintptr // stack trace for this record; ends at first 0 entry
}

// InUseBytes returns the number of bytes in use (AllocBytes - FreeBytes).
func (r *MemProfileRecord) InUseBytes() int64 { return r.AllocBytes - r.FreeBytes }

// InUseObjects returns the number of objects in use (AllocObjects - FreeObjects).
func (r *MemProfileRecord) InUseObjects() int64 {
	return r.AllocObjects - r.FreeObjects
}

// Stack returns the stack trace associated with the record, a prefix of r.Stack0.
func (r *MemProfileRecord) Stack() []uintptr {
	for i, v := range r.Stack0 {
		if v == 0 {
			return r.Stack0[0:i]
		}
	}
	return r.Stack0[0:]
}

// BlockProfileRecord describes blocking events originated at a particular call sequence
// (stack trace).
type BlockProfileRecord struct {
	Count  int64
	Cycles int64
	StackRecord
}

// GoroutineProfile returns n, the number of records in the active goroutine stack profile.
// If len(p) >= n, GoroutineProfile copies the profile into p and returns n, true. If len(p) <
// n, GoroutineProfile does not change p and returns n, false.
func GoroutineProfile(p []StackRecord) (n int, ok bool) {
	n = NumGoroutine()
	if len(p) < n {
		return n, false
	}
	if n == 0 {
		return 0, true
	}
	return goroutineProfile(&p[0], n), true
}

func goroutineProfile(p *StackRecord, n int) int
