// env: TZ=UTC
// Package time's layouts: every element of Time.Format, the predefined layouts, AppendFormat,
// String, GoString (%#v), fractional seconds with '.' and ',', zone offsets with seconds, and
// years outside 0..9999.
package main

import (
	"fmt"
	"time"
)

var layouts = []string{
	time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z,
	time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen,
	time.Stamp, time.StampMilli, time.StampMicro, time.StampNano,
}

var elements = []string{
	"2006 06 _2006 Jan January 01 1", "Mon Monday", "2 _2 02 __2 002",
	"15 3 03 4 04 5 05 PM pm", "MST", "Z0700 Z07:00 Z07 Z070000 Z07:00:00",
	"-0700 -07:00 -07 -070000 -07:00:00",
	".0 .00 .000 .000000 .000000000 .0000000000", ".9 .99 .999 .999999 .999999999",
	",000 ,999 ,000000", "05.000 05,999999", "1.000 3.999", "Monthly Janet Mondays",
	"a.0b .0x .9z", "2006-01-02T15:04:05.000000000Z07:00", "", "no elements here",
}

func main() {
	east := time.FixedZone("", 5*3600+30*60)
	west := time.FixedZone("WEIRD", -(3*3600 + 25*60 + 17))
	named := time.FixedZone("CEST", 2*3600)
	times := []time.Time{
		time.Date(2006, time.January, 2, 15, 4, 5, 0, time.UTC),
		time.Date(2009, time.November, 10, 23, 0, 0, 123456789, time.UTC),
		time.Date(2021, time.July, 4, 0, 7, 9, 120000000, east),
		time.Date(1999, time.December, 31, 12, 59, 59, 999999999, west),
		time.Date(2024, time.February, 29, 9, 5, 3, 4000, named),
		time.Date(7, time.March, 9, 1, 2, 3, 0, time.UTC),
		time.Date(-44, time.March, 15, 12, 0, 0, 0, time.UTC),
		time.Date(12345, time.October, 1, 0, 0, 0, 50, time.UTC),
		{},
	}
	for _, t := range times {
		fmt.Println("==", t)
		for _, l := range layouts {
			fmt.Printf("  %-36q %q\n", l, t.Format(l))
		}
		for _, l := range elements {
			fmt.Printf("  %-36q %q\n", l, t.Format(l))
		}
		fmt.Printf("  %#v\n", t)
		fmt.Println(" ", t.String(), string(t.AppendFormat([]byte("at "), time.Kitchen)))
	}

	// Hours around midnight and noon for 3, 03, PM, pm.
	for h := 0; h < 24; h += 5 {
		t := time.Date(2020, 1, 1, h, 30, 0, 0, time.UTC)
		fmt.Print(t.Format("3:04PM 03pm 15 | "))
	}
	fmt.Println()
	// Days of the year for __2 and 002, days of the month for _2.
	for _, d := range []int{1, 9, 10, 99, 100, 365, 366} {
		t := time.Date(2020, 1, d, 0, 0, 0, 0, time.UTC)
		fmt.Printf("[%s] ", t.Format("__2|002|_2|2|Jan"))
	}
	fmt.Println()

	// A long layout (more than 64 bytes) and a long zone name.
	long := time.FixedZone("A_VERY_LONG_ZONE_NAME_FOR_TESTING", -90)
	t := time.Date(2001, 2, 3, 4, 5, 6, 7, long)
	fmt.Println(t.Format("Monday, January 2, 2006 at 3:04:05.999999999 PM MST (-07:00:00) and more text"))
	fmt.Println(t)
	fmt.Printf("%v|%s|%d\n", t.Location(), t.Location(), t.Nanosecond())

	// Month and Weekday values, in range and out.
	for m := time.Month(0); m <= 13; m++ {
		fmt.Print(m, " ")
	}
	fmt.Println()
	for d := time.Weekday(-1); d <= 7; d++ {
		fmt.Print(d.String(), " ")
	}
	fmt.Println()
	fmt.Printf("%v %d %v %d\n", time.March, time.March, time.Friday, time.Friday)

	// MarshalText and MarshalJSON.
	for _, t := range times {
		b, err := t.MarshalText()
		fmt.Printf("%s %v | ", b, err)
		b, err = t.MarshalJSON()
		fmt.Printf("%s %v\n", b, err)
	}
}
