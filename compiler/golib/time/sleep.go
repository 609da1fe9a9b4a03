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
