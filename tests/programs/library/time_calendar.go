// env: TZ=UTC
// Calendar computations of package time: Date's normalization, the accessors, ISOWeek,
// AddDate, Add/Sub and their saturation, comparisons, Truncate/Round, Unix times, the zero
// Time, the monotonic reading of Now, and the binary form.
package main

import (
	"fmt"
	"time"
)

func main() {
	// Date normalizes every field.
	dates := [][7]int{
		{2021, 13, 1, 0, 0, 0, 0}, {2021, 0, 1, 0, 0, 0, 0}, {2021, -13, 1, 0, 0, 0, 0},
		{2021, 2, 29, 0, 0, 0, 0}, {2020, 2, 30, 0, 0, 0, 0}, {2021, 1, 0, 0, 0, 0, 0},
		{2021, 3, -1, 0, 0, 0, 0}, {2021, 1, 1, 24, 0, 0, 0}, {2021, 1, 1, -1, 0, 0, 0},
		{2021, 1, 1, 0, 60, 60, 0}, {2021, 1, 1, 0, -1, -1, 0}, {2021, 1, 1, 0, 0, 0, 1e9},
		{2021, 1, 1, 0, 0, 0, -1}, {2021, 1, 1, 0, 0, 0, 2500000000}, {1900, 2, 29, 0, 0, 0, 0},
		{2000, 2, 29, 0, 0, 0, 0}, {1, 1, 1, 0, 0, 0, 0}, {0, 12, 31, 23, 59, 59, 0},
		{-1, 1, 1, 0, 0, 0, 0}, {1600, 12, 31, 0, 0, 0, 0}, {2400, 12, 31, 0, 0, 0, 0},
		{1970, 1, 1, 0, 0, 0, 0}, {1969, 12, 31, 23, 59, 59, 999999999}, {2038, 1, 19, 3, 14, 8, 0},
		{2262, 4, 11, 23, 47, 16, 854775807}, {1677, 9, 21, 0, 12, 43, 145224192},
	}
	for _, d := range dates {
		t := time.Date(d[0], time.Month(d[1]), d[2], d[3], d[4], d[5], d[6], time.UTC)
		y, m, dd := t.Date()
		h, mi, s := t.Clock()
		iy, iw := t.ISOWeek()
		fmt.Printf("%v: %d %v %d %d:%d:%d ns=%d wd=%v yd=%d iso=%d-W%02d unix=%d ms=%d us=%d ns=%d zero=%v\n",
			d, y, m, dd, h, mi, s, t.Nanosecond(), t.Weekday(), t.YearDay(), iy, iw,
			t.Unix(), t.UnixMilli(), t.UnixMicro(), t.UnixNano(), t.IsZero())
		if t.Year() != y || t.Month() != m || t.Day() != dd || t.Hour() != h || t.Minute() != mi || t.Second() != s {
			fmt.Println("  accessors differ")
		}
	}

	// ISO weeks around the new year.
	for y := 2014; y <= 2022; y++ {
		for _, d := range []int{-3, -2, -1, 0, 1, 2, 3, 4} {
			t := time.Date(y, 1, 1+d, 12, 0, 0, 0, time.UTC)
			iy, iw := t.ISOWeek()
			fmt.Printf("%s:%d-%d ", t.Format("2006-01-02Mon"), iy, iw)
		}
		fmt.Println()
	}

	// AddDate normalizes like Date.
	base := time.Date(2020, time.January, 31, 10, 0, 0, 5, time.UTC)
	for _, a := range [][3]int{{0, 1, 0}, {0, 2, 0}, {1, 1, 0}, {0, 0, 30}, {-1, 0, 0}, {0, -13, 0}, {4, 1, -2}, {0, 0, -400}} {
		fmt.Println(a, base.AddDate(a[0], a[1], a[2]))
	}

	// Add, Sub, comparisons.
	t1 := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	t2 := t1.Add(90*time.Minute + 500*time.Millisecond)
	fmt.Println(t2, t2.Sub(t1), t1.Sub(t2), t1.Before(t2), t1.After(t2), t2.After(t1), t1.Equal(t1))
	fmt.Println(t1.Add(-time.Nanosecond), t1.Add(time.Duration(1<<63-1)))
	far := time.Date(5000, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(far.Sub(t1), t1.Sub(far), time.Time{}.Sub(far), far.Sub(time.Time{}))
	z := time.FixedZone("Z3", 3*3600)
	fmt.Println(t1.In(z), t1.In(z).Equal(t1), t1.In(z) == t1, t1.In(z).UTC() == t1)

	// Truncate and Round.
	t := time.Date(2012, 12, 7, 12, 15, 30, 918273645, time.UTC)
	ds := []time.Duration{0, -1, time.Nanosecond, 7 * time.Nanosecond, time.Microsecond,
		250 * time.Millisecond, time.Second, 2 * time.Second, time.Minute, 7 * time.Minute,
		time.Hour, 24 * time.Hour, 1000 * time.Hour, 1234567 * time.Nanosecond, 1<<63 - 1}
	for _, d := range ds {
		fmt.Printf("%v: %s %s\n", d, t.Truncate(d).Format(time.RFC3339Nano), t.Round(d).Format(time.RFC3339Nano))
	}
	old := time.Date(-300, 5, 6, 7, 8, 9, 10, time.UTC)
	for _, d := range ds[2:] {
		fmt.Printf("%v: %s %s\n", d, old.Truncate(d).Format(time.RFC3339Nano), old.Round(d).Format(time.RFC3339Nano))
	}

	// Unix constructors normalize nanoseconds and keep Local.
	for _, u := range [][2]int64{{0, 0}, {1, -1}, {-1, 1}, {0, 3e9}, {1e9, 999999999}, {-62135596800, 0}, {253402300799, 0}} {
		x := time.Unix(u[0], u[1])
		fmt.Println(u, x, x.UTC(), x.Location(), x.Unix(), x.Nanosecond())
	}
	fmt.Println(time.UnixMilli(-1500).UTC(), time.UnixMicro(1234567).UTC(), time.UnixMilli(1e12).UTC())

	// The zero Time.
	var zt time.Time
	fmt.Println(zt.IsZero(), zt, zt.Unix(), zt.Location(), zt.Year(), zt.Weekday(), zt.YearDay())
	fmt.Println(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).IsZero(), time.Date(1, 1, 1, 0, 0, 0, 0, z).IsZero())
	fmt.Println(time.Unix(0, 0).IsZero(), zt.Equal(time.Time{}), zt.Local().IsZero())

	// Now has a monotonic reading; Round(0), UTC, In and AddDate drop it, Add keeps it.
	now := time.Now()
	s := now.String()
	hasMono := func(s string) bool {
		for i := 0; i+3 <= len(s); i++ {
			if s[i:i+3] == "m=+" {
				return true
			}
		}
		return false
	}
	fmt.Println(hasMono(s), hasMono(now.Round(0).String()), hasMono(now.UTC().String()),
		hasMono(now.Add(time.Hour).String()), hasMono(now.AddDate(0, 0, 1).String()),
		hasMono(now.Truncate(time.Second).String()), now.Round(0).Equal(now))
	later := now.Add(time.Second)
	fmt.Println(later.Sub(now), now.Before(later), time.Since(now) >= 0, time.Until(later) > 0)
	fmt.Println(now.Location(), now.Year() >= 2023)

	// Binary form.
	for _, x := range []time.Time{t, t.In(z), time.Date(1800, 1, 1, 0, 0, 0, 0, time.FixedZone("LMT", -17762)), zt} {
		b, err := x.MarshalBinary()
		var y time.Time
		err2 := y.UnmarshalBinary(b)
		fmt.Println(b, err, err2, y, y.Equal(x))
		g, _ := x.GobEncode()
		var w time.Time
		fmt.Println(w.GobDecode(g), w.Equal(x))
	}
	var y time.Time
	fmt.Println(y.UnmarshalBinary(nil), y.UnmarshalBinary([]byte{9}), y.UnmarshalBinary([]byte{1, 2}))
	_, err := time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC).MarshalText()
	fmt.Println(err)
	_, err = time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC).MarshalJSON()
	fmt.Println(err)
	_, err = time.Date(2000, 1, 1, 0, 0, 0, 0, time.FixedZone("", -60)).MarshalBinary()
	fmt.Println(err)

	// Panics of a nil Location.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		time.Date(2000, 1, 1, 0, 0, 0, 0, nil)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		t.In(nil)
	}()
}
