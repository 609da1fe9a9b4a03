// Package time: the parts of Go 1.19's time package that are Go code around the scheduler's
// timers (Sleep, After, Tick). Now, Since, Duration and Time are implemented by the compiler
// and runtime (check::lib).
package time

// sleep parks the goroutine for ns nanoseconds (runtime/src/sched.rs).
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
