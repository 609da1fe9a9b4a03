// The clocks and timers of package time: the runtime's two clocks (runtime/src/time.rs), and
// Sleep, After and Tick around the scheduler (runtime/src/sched.rs).
package time

// walltime is nanoseconds since the Unix epoch (runtime.walltime).
func walltime() int64

// nanotime is the monotonic clock in nanoseconds (runtime.nanotime), counted from the
// process's first reading and never 0, so it serves as Go's mono (runtimeNano()-startNano).
func nanotime() int64

// sleep parks the goroutine for ns nanoseconds.
func sleep(ns int64)

// Sleep pauses the current goroutine for at least d; d <= 0 returns at once.
func Sleep(d Duration) {
	sleep(int64(d))
}

// After waits for d and then sends the current time on the returned channel.
func After(d Duration) <-chan Time {
	c := make(chan Time, 1)
	go func() {
		sleep(int64(d))
		c <- Now()
	}()
	return c
}

// Tick delivers the time on the returned channel every d (nil for d <= 0).
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	c := make(chan Time, 1)
	go func() {
		for {
			sleep(int64(d))
			select {
			case c <- Now():
			default:
			}
		}
	}()
	return c
}

// The Timer type represents a single event: when it expires, the current time is sent on C
// (or, for AfterFunc, f runs in its own goroutine). A timer is a goroutine that sleeps;
// Stop and Reset make the one sleeping now do nothing when it wakes (gen changes).
type Timer struct {
	C      <-chan Time
	c      chan Time
	f      func()
	gen    int
	active bool
}

// NewTimer creates a new Timer that will send the current time on its channel after at
// least duration d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c, c: c}
	t.start(d)
	return t
}

// AfterFunc waits for the duration to elapse and then calls f in its own goroutine.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{f: f}
	t.start(d)
	return t
}

func (t *Timer) start(d Duration) {
	t.gen++
	g := t.gen
	t.active = true
	go func() {
		sleep(int64(d))
		if t.gen != g || !t.active {
			return
		}
		t.active = false
		if t.f != nil {
			go t.f()
			return
		}
		select {
		case t.c <- Now():
		default:
		}
	}()
}

// Stop prevents the Timer from firing; it reports whether the call stopped the timer.
func (t *Timer) Stop() bool {
	if t.c == nil && t.f == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	was := t.active
	t.active = false
	t.gen++
	return was
}

// Reset changes the timer to expire after duration d; it reports whether the timer had
// been active.
func (t *Timer) Reset(d Duration) bool {
	if t.c == nil && t.f == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	was := t.Stop()
	t.start(d)
	return was
}

// A Ticker holds a channel that delivers ``ticks'' of a clock at intervals.
type Ticker struct {
	C      <-chan Time
	c      chan Time
	period Duration
	gen    int
}

// NewTicker returns a new Ticker sending the time on its channel every d.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c, c: c, period: d}
	t.start()
	return t
}

func (t *Ticker) start() {
	t.gen++
	g := t.gen
	go func() {
		for {
			sleep(int64(t.period))
			if t.gen != g {
				return
			}
			select {
			case t.c <- Now():
			default:
			}
		}
	}()
}

// Stop turns off a ticker.
func (t *Ticker) Stop() { t.gen++ }

// Reset stops a ticker and resets its period to the specified duration.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	t.period = d
	t.start()
}
