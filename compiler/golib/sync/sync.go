// Package sync: Go 1.19's Mutex, RWMutex, WaitGroup and Once for deferc, written for deferc
// in the defer language over the scheduler's semaphores (runtime/src/sema.rs).
//
// Goroutines run M:1 and are switched only where they block (channel operations, semaphores,
// sleeps, Gosched), so the plain reads and writes of these fields are atomic with respect to
// other goroutines; only waiting needs the runtime.
package sync

// Implemented by the runtime: Go's runtime_Semacquire / runtime_Semrelease, and throw.
func semacquire(addr *uint32)
func semrelease(addr *uint32)
func fatal(msg string)

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock; the zero value is unlocked.
type Mutex struct {
	locked  bool
	waiters int32
	sema    uint32
}

// Lock locks m, waiting until it is available.
func (m *Mutex) Lock() {
	for m.locked {
		m.waiters++
		semacquire(&m.sema)
		m.waiters--
	}
	m.locked = true
}

// TryLock locks m if it is unlocked and reports whether it did.
func (m *Mutex) TryLock() bool {
	if m.locked {
		return false
	}
	m.locked = true
	return true
}

// Unlock unlocks m; unlocking an unlocked Mutex is a fatal error, as in Go.
func (m *Mutex) Unlock() {
	if !m.locked {
		fatal("sync: unlock of unlocked mutex")
	}
	m.locked = false
	if m.waiters > 0 {
		semrelease(&m.sema)
	}
}

// An RWMutex is a reader/writer lock: many readers or one writer. A waiting writer keeps new
// readers out, as Go's does.
type RWMutex struct {
	readers        int
	writer         bool
	readersWaiting int
	writersWaiting int
	readerSem      uint32
	writerSem      uint32
}

func (rw *RWMutex) RLock() {
	for rw.writer || rw.writersWaiting > 0 {
		rw.readersWaiting++
		semacquire(&rw.readerSem)
		rw.readersWaiting--
	}
	rw.readers++
}

func (rw *RWMutex) TryRLock() bool {
	if rw.writer || rw.writersWaiting > 0 {
		return false
	}
	rw.readers++
	return true
}

func (rw *RWMutex) RUnlock() {
	if rw.readers <= 0 {
		fatal("sync: RUnlock of unlocked RWMutex")
	}
	rw.readers--
	if rw.readers == 0 && rw.writersWaiting > 0 {
		semrelease(&rw.writerSem)
	}
}

func (rw *RWMutex) Lock() {
	for rw.writer || rw.readers > 0 {
		rw.writersWaiting++
		semacquire(&rw.writerSem)
		rw.writersWaiting--
	}
	rw.writer = true
}

func (rw *RWMutex) TryLock() bool {
	if rw.writer || rw.readers > 0 {
		return false
	}
	rw.writer = true
	return true
}

func (rw *RWMutex) Unlock() {
	if !rw.writer {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	rw.writer = false
	for i := 0; i < rw.readersWaiting; i++ {
		semrelease(&rw.readerSem)
	}
	if rw.writersWaiting > 0 {
		semrelease(&rw.writerSem)
	}
}

// RLocker returns a Locker whose Lock and Unlock are rw's RLock and RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// A WaitGroup waits for a collection of goroutines to finish.
type WaitGroup struct {
	n       int
	waiters int
	sema    uint32
}

// Add adds delta to the counter; when it reaches zero every Wait returns.
func (wg *WaitGroup) Add(delta int) {
	wg.n += delta
	if wg.n < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if wg.n == 0 {
		for ; wg.waiters > 0; wg.waiters-- {
			semrelease(&wg.sema)
		}
	}
}

// Done decrements the counter.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait blocks until the counter is zero.
func (wg *WaitGroup) Wait() {
	if wg.n == 0 {
		return
	}
	wg.waiters++
	semacquire(&wg.sema)
}

// Once performs exactly one action.
type Once struct {
	done bool
	m    Mutex
}

// Do calls f if and only if Do is being called for the first time for this Once; f counts as
// done even if it panics.
func (o *Once) Do(f func()) {
	if o.done {
		return
	}
	o.m.Lock()
	defer o.m.Unlock()
	if !o.done {
		defer func() { o.done = true }()
		f()
	}
}
