// Package runtime: the parts of Go 1.19's runtime package that are plain Go for deferc.
// Goexit, Breakpoint and the Error interface are implemented by the compiler and runtime
// (check::lib); the collector, its statistics and finalizers by runtime/src/mem.
package runtime

// GC runs a garbage collection (runtime/src/mem/mgc.rs), then lets other goroutines run: Go's
// GC blocks the caller while other goroutines run, so a goroutine looping on GC must let them
// run here too (goroutines are scheduled cooperatively on one thread). The finalizer goroutine
// runs then, if the collection queued finalizers.
func GC() {
	gc()
	Gosched()
}

func gc()

// KeepAlive marks x as reachable up to this point: the call is opaque, so x is held where the
// collector's stack scan sees it until here.
func KeepAlive(x any)

// Gosched yields the processor, letting other goroutines run.
func Gosched()

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// MemStats records statistics about the memory allocator (Go 1.19's fields, in Go's order;
// runtime/src/mem/mstats.rs writes them).
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// ReadMemStats populates m with memory allocator statistics.
func ReadMemStats(m *MemStats) {
	readMemStats(m)
}

func readMemStats(m *MemStats)

// SetFinalizer sets the finalizer associated with obj to the provided finalizer function:
// when the collector finds obj unreachable, it queues finalizer(obj) to run on the finalizer
// goroutine and clears the association. A nil finalizer clears it. Go's rules and fatal
// errors apply (runtime/src/mem/mfinal.rs).
func SetFinalizer(obj any, finalizer any) {
	switch setFinalizer(obj, finalizer) {
	case 1:
		if !fingCreated {
			fingCreated = true
			go runfinq()
		}
	case 2:
		fatal("runtime.SetFinalizer: " + finerr())
	}
}

var fingCreated bool

// finsema: the finalizer goroutine waits on it while no finalizer is queued; the scheduler
// releases it after a collection queued some (Go's fingwait and wakefing).
var finsema uint32

// runfinq is the finalizer goroutine (Go's fing): it runs queued finalizers one after another.
// A finalizer takes its object either as a pointer (the view func(*byte) has the same machine
// signature as the finalizer's) or as an interface value (the view func(any)).
func runfinq() {
	for {
		switch finnext(&finsema) {
		case 0:
			semacquire(&finsema)
		case 1:
			f := finfn1()
			f(finptr())
		case 2:
			f := finfn2()
			f(finiface())
		}
	}
}

func setFinalizer(obj any, finalizer any) int
func finerr() string
func finnext(sema *uint32) int
func finfn1() func(*byte)
func finptr() *byte
func finfn2() func(any)
func finiface() any
func semacquire(addr *uint32)
func fatal(s string)
