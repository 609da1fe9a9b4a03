// env: TZ=UTC
// Locations from the time zone database (/usr/share/zoneinfo): LoadLocation, transitions and
// daylight saving time (Zone, ZoneBounds, IsDST), times before the first transition and after
// the last (the TZ rule of the file's footer), Date in a gap and an overlap, zone
// abbreviations in Parse, FixedZone, LoadLocationFromTZData, and LoadLocation's errors.
package main

import (
	"fmt"
	"os"
	"time"
)

func zone(t time.Time) string {
	name, off := t.Zone()
	s, e := t.ZoneBounds()
	return fmt.Sprintf("%s %d dst=%v [%s, %s)", name, off, t.IsDST(), s.Format(time.RFC3339), e.Format(time.RFC3339))
}

func main() {
	for _, name := range []string{"America/New_York", "Europe/London", "Australia/Sydney", "Asia/Kolkata", "Asia/Tokyo", "UTC", "", "Local", "Etc/GMT+5"} {
		loc, err := time.LoadLocation(name)
		if err != nil {
			fmt.Println(name, err)
			continue
		}
		fmt.Printf("== %q %v\n", name, loc)
		for _, u := range []int64{-5e9, -2717650800, 0, 1e9, 1.2e9, 1710054000, 1730613600, 2e9, 2.2e9, 4102444800, 4118086800, 9e9} {
			t := time.Unix(u, 0).In(loc)
			fmt.Printf("  %d %v | %s\n", u, t, zone(t))
		}
	}

	ny, _ := time.LoadLocation("America/New_York")
	// Spring forward: 02:30 does not exist on 2024-03-10; fall back: 01:30 twice on 2024-11-03.
	for _, h := range []int{0, 1, 2, 3, 4} {
		for _, m := range []int{0, 30} {
			a := time.Date(2024, 3, 10, h, m, 0, 0, ny)
			b := time.Date(2024, 11, 3, h, m, 0, 0, ny)
			fmt.Println(a, a.Unix(), "|", b, b.Unix())
		}
	}
	// Adding across the transition.
	t := time.Date(2024, 3, 9, 12, 0, 0, 0, ny)
	fmt.Println(t.Add(24*time.Hour), t.AddDate(0, 0, 1), t.AddDate(0, 0, 1).Sub(t))
	fmt.Println(time.Date(2100, 7, 4, 12, 0, 0, 0, ny), time.Date(2100, 12, 25, 12, 0, 0, 0, ny))
	fmt.Println(time.Date(1800, 1, 1, 0, 0, 0, 0, ny), time.Date(1800, 1, 1, 0, 0, 0, 0, ny).Format(time.RFC3339))
	fmt.Println(time.Date(2024, 6, 1, 0, 0, 0, 0, ny).Truncate(24*time.Hour))

	// Parse with zone names known to the location.
	for _, v := range []string{"2024-01-15 10:00 EST", "2024-07-15 10:00 EDT", "2024-07-15 10:00 EST", "2024-07-15 10:00 PDT", "2024-07-15 10:00 -0400", "2024-01-15 10:00 -0400"} {
		layout := "2006-01-02 15:04 MST"
		if v[17] == '-' {
			layout = "2006-01-02 15:04 -0700"
		}
		p, err := time.ParseInLocation(layout, v, ny)
		fmt.Println(v, "->", p, p.Location(), err, p.Unix())
	}

	// FixedZone.
	f := time.FixedZone("FIX", -(9*3600 + 30*60))
	ft := time.Date(2000, 1, 1, 0, 0, 0, 0, f)
	fmt.Println(ft, f, zone(ft), ft.UTC(), ft.In(ny))
	fmt.Println(time.FixedZone("", 0), time.UTC, time.Local, time.UTC.String())

	// LoadLocationFromTZData.
	data, err := os.ReadFile("/usr/share/zoneinfo/Europe/Paris")
	fmt.Println(err)
	paris, err := time.LoadLocationFromTZData("Paris!", data)
	fmt.Println(paris, err, time.Date(2020, 8, 1, 12, 0, 0, 0, paris))
	for _, bad := range [][]byte{nil, []byte("TZif"), []byte("TZif2"), append([]byte("TZjf"), data[4:]...), data[:60], data[:len(data)/2]} {
		l, err := time.LoadLocationFromTZData("bad", bad)
		fmt.Println(l, err)
	}

	// LoadLocation errors.
	for _, name := range []string{"Mars/Olympus_Mons", "America", "../etc/passwd", "/etc/localtime", "a..b", "\\x", "America/New_York/"} {
		l, err := time.LoadLocation(name)
		fmt.Printf("%q %v %v\n", name, l, err)
	}
}
