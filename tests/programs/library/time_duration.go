// time.Duration is a Go type with every Go 1.19 method: fmt prints it through String,
// arithmetic keeps the type, Round/Truncate/Abs saturate, and ParseDuration reports Go's errors.
package main

import (
	"fmt"
	"sort"
	"time"
)

type Job struct {
	Name    string
	Timeout time.Duration
}

type Backoff struct {
	time.Duration
	Tries int
}

func main() {
	ds := []time.Duration{0, 1, 999, time.Microsecond, 1500, time.Millisecond + 5,
		1500 * time.Millisecond, 90 * time.Second, time.Hour + 2*time.Minute + 3*time.Second/2,
		-2 * time.Millisecond, 1<<63 - 1, -1 << 63}
	for _, d := range ds {
		fmt.Printf("%v|%s|%d|%q|%T|%8v|%-8v|\n", d, d, d, d, d, d, d)
		fmt.Println(d, d.Nanoseconds(), d.Microseconds(), d.Milliseconds(), d.Seconds(), d.Minutes(), d.Hours())
		fmt.Println(" ", d.Round(time.Second), d.Round(time.Millisecond), d.Truncate(time.Second), d.Abs(), d.Round(0), d.Truncate(-1))
	}
	fmt.Println(time.Duration(1<<63-1).Round(time.Hour), time.Duration(-1<<63).Round(time.Hour))
	fmt.Println(time.Duration(1500).Round(1000), time.Duration(-1500).Round(1000), time.Duration(2500).Round(1000))

	for _, s := range []string{"0", "+0", "-0", "1ns", "1.5h", "-1.5h", "2h45m30.5s", "300ms",
		"1µs", "1μs", "1us", ".5s", "1.s", "3.000000001s", "9223372036854775807ns",
		"9223372036854775808ns", "-9223372036854775808ns", "2562047h47m16.854775807s",
		"", "1", "x", "3x", "1h 2m", ".s", "-", "1.2.3s", "1e3s", "\x00s", "1日"} {
		d, err := time.ParseDuration(s)
		fmt.Printf("%q -> %v %v\n", s, d, err)
	}

	jobs := []Job{{"b", 2 * time.Second}, {"a", 150 * time.Millisecond}, {"c", time.Minute}}
	sort.Slice(jobs, func(i, j int) bool { return jobs[i].Timeout < jobs[j].Timeout })
	fmt.Println(jobs)
	fmt.Printf("%v %+v\n", jobs[0], jobs[1])
	b := Backoff{3 * time.Second, 2}
	fmt.Println(b, b.Seconds(), b.Duration*2)
	var st fmt.Stringer = time.Minute
	fmt.Println(st.String())
	total := time.Duration(0)
	for i := 1; i <= 3; i++ {
		total += time.Duration(i) * 250 * time.Millisecond
	}
	fmt.Println(total, total > time.Second, total/3)

	t0 := time.Unix(1700000000, 0)
	t1 := t0.Add(90 * time.Minute)
	fmt.Println(t1.Sub(t0), t0.Sub(t1), t1.After(t0), t1.Before(t0), t0.Equal(t0), t1.Unix(), t1.UnixNano())
	start := time.Now()
	fmt.Println(time.Since(start) >= 0, time.Until(start) <= 0, start.IsZero(), time.Time{}.IsZero())
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	panic(5 * time.Second)
}
