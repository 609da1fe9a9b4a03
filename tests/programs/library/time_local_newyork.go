// env: TZ=America/New_York
// time.Local from $TZ naming a zone: Now, Unix and Parse use it; Parse recognizes its
// abbreviations and offsets; Local, In(Local) and GoString.
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Local, time.Local.String())
	t := time.Unix(1700000000, 5)
	fmt.Println(t, t.Location(), t.UTC())
	fmt.Printf("%#v\n", t)
	fmt.Printf("%#v\n", t.UTC())
	fmt.Printf("%#v\n", t.In(time.FixedZone("Q", 60)))
	fmt.Println(time.Date(2024, 7, 1, 9, 0, 0, 0, time.Local))
	fmt.Println(time.Now().Location(), time.Now().Location() == time.Local)
	for _, v := range []string{"2024-01-15 10:00 EST", "2024-07-15 10:00 EDT", "2024-07-15 10:00 CET", "2024-07-15 10:00 UTC"} {
		p, err := time.Parse("2006-01-02 15:04 MST", v)
		fmt.Println(p, p.Location(), p.Location() == time.Local, err)
	}
	for _, v := range []string{"2024-01-15T10:00:00-05:00", "2024-01-15T10:00:00-04:00", "2024-07-15T10:00:00-04:00", "2024-07-15T10:00:00Z"} {
		p, err := time.Parse(time.RFC3339, v)
		fmt.Println(p, p.Location(), p.Location() == time.Local, err)
	}
	p, _ := time.Parse(time.Kitchen, "3:04PM")
	fmt.Println(p, p.Location())
	u := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(u.Local(), u.Local().Location(), u.In(time.Local).Equal(u))
	var bin time.Time
	b, _ := time.Unix(1700000000, 0).MarshalBinary()
	fmt.Println(bin.UnmarshalBinary(b), bin, bin.Location())
}
