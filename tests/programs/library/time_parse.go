// env: TZ=UTC
// time.Parse and time.ParseInLocation: every layout element, fractional seconds the layout
// does not have, zone offsets, names and abbreviations, and Go's ParseError messages.
package main

import (
	"errors"
	"fmt"
	"time"
)

func show(layout, value string) {
	t, err := time.Parse(layout, value)
	if err != nil {
		var pe *time.ParseError
		if errors.As(err, &pe) {
			fmt.Printf("%-28q %-34q ERR %v\n    [%q %q %q %q %q]\n", layout, value, err,
				pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message)
			return
		}
		fmt.Printf("%-28q %-34q ERR %v (%T)\n", layout, value, err, err)
		return
	}
	name, off := t.Zone()
	fmt.Printf("%-28q %-34q %v | %s %d %d\n", layout, value, t, name, off, t.Unix())
}

func main() {
	ok := [][2]string{
		{time.RFC3339, "2006-01-02T15:04:05Z"},
		{time.RFC3339, "2006-01-02T15:04:05+07:00"},
		{time.RFC3339, "2006-01-02T15:04:05.123456789-08:30"},
		{time.RFC3339Nano, "2021-12-31T23:59:59.5Z"},
		{time.RFC3339Nano, "2021-12-31T23:59:59Z"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 MST"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 UTC"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 GMT+3"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 GMT-11"},
		{time.RFC1123, "Tue, 10 Nov 2009 23:00:00 ChST"},
		{time.RFC1123, "Tue, 10 Nov 2009 23:00:00 +03"},
		{time.RFC1123, "Tue, 10 Nov 2009 23:00:00 WITA"},
		{time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 -0700"},
		{time.RFC822, "02 Jan 06 15:04 PST"},
		{time.RFC850, "Monday, 02-Jan-06 15:04:05 CEST"},
		{time.ANSIC, "Mon Jan  2 15:04:05 2006"},
		{time.ANSIC, "Mon Jan 12 15:04:05 2006"},
		{time.UnixDate, "Thu Feb  4 21:00:57 PST 2010"},
		{time.RubyDate, "Thu Feb 04 21:00:57 -0800 2010"},
		{time.Kitchen, "3:04PM"},
		{time.Kitchen, "12:00AM"},
		{time.Kitchen, "12:30PM"},
		{"3:04pm", "11:59pm"},
		{time.Stamp, "Feb  4 21:00:57"},
		{time.StampMilli, "Feb  4 21:00:57.012"},
		{time.StampNano, "Feb  4 21:00:57.012345678"},
		{"2006-01-02 15:04:05", "2010-02-04 21:00:57.1234567891"},
		{"2006-01-02 15:04:05", "2010-02-04 21:00:57,5"},
		{"2006-01-02 15:04:05.000", "2010-02-04 21:00:57.012"},
		{"2006-01-02 15:04:05,000", "2010-02-04 21:00:57,012"},
		{"2006-01-02 15:04:05.999", "2010-02-04 21:00:57"},
		{"2006-01-02 15:04:05.999", "2010-02-04 21:00:57.0123456"},
		{"January 2, 2006", "february 3, 2013"},
		{"Jan 2 06", "JAN 9 68"},
		{"Jan 2 06", "dec 9 69"},
		{"2006 002", "2020 060"},
		{"2006 002", "2021 060"},
		{"2006 __2", "2020  60"},
		{"2006 __2 Jan 2", "2020 366 Dec 31"},
		{"2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05+0530"},
		{"2006-01-02T15:04:05Z07", "2006-01-02T15:04:05-03"},
		{"2006-01-02T15:04:05Z070000", "2006-01-02T15:04:05+053015"},
		{"2006-01-02T15:04:05Z07:00:00", "2006-01-02T15:04:05-05:30:15"},
		{"2006-01-02T15:04:05-07", "2006-01-02T15:04:05+00"},
		{"2006-01-02 MST", "2006-01-02 XYZT"},
		{"Mon 2006-01-02", "Fri 2006-01-02"},
		{"Monday _2 Jan", "Friday  7 Mar"},
		{"15:04", "24:00"},
		{"", ""},
		{"2006", "0000"},
		{"2006-01-02", "2000-02-29"},
		{"02 Jan 2006 15:04 MST", "02 Jan 2006 15:04 GMT"},
	}
	for _, c := range ok {
		show(c[0], c[1])
	}
	bad := [][2]string{
		{time.RFC3339, "2006-01-02X15:04:05Z"},
		{time.RFC3339, "2006-01-02T15:04:05"},
		{time.RFC3339, "2006-01-02T15:04:05Zjunk"},
		{time.RFC3339, "2006-13-02T15:04:05Z"},
		{time.RFC3339, "2006-00-02T15:04:05Z"},
		{time.RFC3339, "2006-02-30T15:04:05Z"},
		{time.RFC3339, "2006-02-29T15:04:05Z"},
		{time.RFC3339, "2006-01-32T15:04:05Z"},
		{time.RFC3339, "2006-01-02T25:04:05Z"},
		{time.RFC3339, "2006-01-02T15:60:05Z"},
		{time.RFC3339, "2006-01-02T15:04:60Z"},
		{time.RFC3339, "2006-01-02T15:04:05+0700"},
		{time.RFC3339, "2006-01-02T15:04:05*07:00"},
		{time.RFC3339, "06-01-02T15:04:05Z"},
		{time.RFC3339, "2006-1-02T15:04:05Z"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 X"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 ABCDEF"},
		{time.RFC1123, "Xyz, 02 Jan 2006 15:04:05 MST"},
		{time.RFC1123, "Mon, 02 Foo 2006 15:04:05 MST"},
		{time.Kitchen, "13:04PM"},
		{time.Kitchen, "3:04XM"},
		{"3:04pm", "3:04PM"},
		{"2006-01-02 15:04:05.000", "2010-02-04 21:00:57.01"},
		{"2006-01-02 15:04:05.000", "2010-02-04 21:00:57"},
		{"2006-01-02 15:04:05.000", "2010-02-04 21:00:57x012"},
		{"2006 002", "2021 366"},
		{"2006 002", "2021 000"},
		{"2006 002", "2021 60"},
		{"2006 002 Jan", "2021 060 Feb"},
		{"2006 002 Jan 2", "2021 060 Mar 2"},
		{"06", "x9"},
		{"06", "9"},
		{"2006", "-100"},
		{"Jan _2", "Feb 30"},
		{"value\x01", "value\x02\xff"},
		{"Monday", "Mon"},
		{"15:04:05.999", "12:00:00.1234567890123"},
	}
	for _, c := range bad {
		show(c[0], c[1])
	}

	// ParseInLocation: a time without zone is in loc; an offset matching loc's zone then
	// gives loc itself.
	loc := time.FixedZone("XST", 3*3600)
	for _, v := range []string{"2012-07-09 05:02:00", "2012-07-09 05:02:00 +0300", "2012-07-09 05:02:00 +0200", "2012-07-09 05:02:00 XST", "2012-07-09 05:02:00 YST"} {
		layout := "2006-01-02 15:04:05 -0700"
		if len(v) == 19 {
			layout = "2006-01-02 15:04:05"
		} else if v[len(v)-1] == 'T' {
			layout = "2006-01-02 15:04:05 MST"
		}
		t, err := time.ParseInLocation(layout, v, loc)
		fmt.Println(t, err, t.Location() == loc)
	}
	_, err := time.Parse("2006", "abc")
	fmt.Printf("%T %v\n", err, err)
	pe := &time.ParseError{Layout: "a", Value: "b", LayoutElem: "c", ValueElem: "d"}
	fmt.Println(pe.Error())
	pe.Message = ": custom"
	fmt.Println(pe)

	// UnmarshalText and UnmarshalJSON.
	var t time.Time
	fmt.Println(t.UnmarshalText([]byte("2001-02-03T04:05:06.7+01:00")), t)
	fmt.Println(t.UnmarshalText([]byte("2001-02-03")), t)
	fmt.Println(t.UnmarshalJSON([]byte(`"1999-12-31T23:59:59Z"`)), t)
	fmt.Println(t.UnmarshalJSON([]byte(`null`)), t)
	fmt.Println(t.UnmarshalJSON([]byte(`1999`)), t)
}
