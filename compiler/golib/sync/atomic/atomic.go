// Package atomic: Go 1.19's sync/atomic for deferc, written for deferc in the defer language.
// Goroutines run M:1 and switch only where they block, never inside these functions, so plain
// reads and writes are atomic here.
package atomic

func AddInt32(addr *int32, delta int32) (new int32)     { spin(); *addr += delta; return *addr }
func AddInt64(addr *int64, delta int64) (new int64)     { spin(); *addr += delta; return *addr }
func AddUint32(addr *uint32, delta uint32) (new uint32) { spin(); *addr += delta; return *addr }
func AddUint64(addr *uint64, delta uint64) (new uint64) { spin(); *addr += delta; return *addr }

func LoadInt32(addr *int32) int32    { spin(); return *addr }
func LoadInt64(addr *int64) int64    { spin(); return *addr }
func LoadUint32(addr *uint32) uint32 { spin(); return *addr }
func LoadUint64(addr *uint64) uint64 { spin(); return *addr }

func StoreInt32(addr *int32, val int32)    { *addr = val }
func StoreInt64(addr *int64, val int64)    { *addr = val }
func StoreUint32(addr *uint32, val uint32) { *addr = val }
func StoreUint64(addr *uint64, val uint64) { *addr = val }

func SwapInt32(addr *int32, new int32) (old int32)     { old = *addr; *addr = new; return }
func SwapInt64(addr *int64, new int64) (old int64)     { old = *addr; *addr = new; return }
func SwapUint32(addr *uint32, new uint32) (old uint32) { old = *addr; *addr = new; return }
func SwapUint64(addr *uint64, new uint64) (old uint64) { old = *addr; *addr = new; return }

func CompareAndSwapInt32(addr *int32, old, new int32) bool {
	spin()
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

func CompareAndSwapInt64(addr *int64, old, new int64) bool {
	spin()
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

func CompareAndSwapUint32(addr *uint32, old, new uint32) bool {
	spin()
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

func CompareAndSwapUint64(addr *uint64, old, new uint64) bool {
	spin()
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

// Int32 is an atomic int32.
type Int32 struct{ v int32 }

func (x *Int32) Load() int32           { spin(); return x.v }
func (x *Int32) Store(val int32)       { x.v = val }
func (x *Int32) Swap(new int32) int32  { old := x.v; x.v = new; return old }
func (x *Int32) Add(delta int32) int32 { spin(); x.v += delta; return x.v }
func (x *Int32) CompareAndSwap(old, new int32) bool {
	spin()
	return CompareAndSwapInt32(&x.v, old, new)
}

// Int64 is an atomic int64.
type Int64 struct{ v int64 }

func (x *Int64) Load() int64           { spin(); return x.v }
func (x *Int64) Store(val int64)       { x.v = val }
func (x *Int64) Swap(new int64) int64  { old := x.v; x.v = new; return old }
func (x *Int64) Add(delta int64) int64 { spin(); x.v += delta; return x.v }
func (x *Int64) CompareAndSwap(old, new int64) bool {
	spin()
	return CompareAndSwapInt64(&x.v, old, new)
}

// Uint32 is an atomic uint32.
type Uint32 struct{ v uint32 }

func (x *Uint32) Load() uint32            { spin(); return x.v }
func (x *Uint32) Store(val uint32)        { x.v = val }
func (x *Uint32) Swap(new uint32) uint32  { old := x.v; x.v = new; return old }
func (x *Uint32) Add(delta uint32) uint32 { spin(); x.v += delta; return x.v }
func (x *Uint32) CompareAndSwap(old, new uint32) bool {
	spin()
	return CompareAndSwapUint32(&x.v, old, new)
}

// Uint64 is an atomic uint64.
type Uint64 struct{ v uint64 }

func (x *Uint64) Load() uint64            { spin(); return x.v }
func (x *Uint64) Store(val uint64)        { x.v = val }
func (x *Uint64) Swap(new uint64) uint64  { old := x.v; x.v = new; return old }
func (x *Uint64) Add(delta uint64) uint64 { spin(); x.v += delta; return x.v }
func (x *Uint64) CompareAndSwap(old, new uint64) bool {
	spin()
	return CompareAndSwapUint64(&x.v, old, new)
}

// Bool is an atomic bool.
type Bool struct{ v bool }

func (x *Bool) Load() bool         { spin(); return x.v }
func (x *Bool) Store(val bool)     { x.v = val }
func (x *Bool) Swap(new bool) bool { old := x.v; x.v = new; return old }
func (x *Bool) CompareAndSwap(old, new bool) bool {
	spin()
	if x.v != old {
		return false
	}
	x.v = new
	return true
}

// spins counts the operations that spin-waiting loops use (Load, Add, CompareAndSwap).
var spins uint32

// spin lets other goroutines run now and then: deferc runs every goroutine on one thread and
// does not preempt them, so a goroutine waiting in a loop for another's store (or spinning on
// an increment) must yield for the other to run, as a second thread or Go's preemption would
// let it. Yielding is always allowed, so this changes only when others run.
func spin() {
	spins++
	if spins&1023 == 0 {
		gosched()
	}
}

func gosched()
