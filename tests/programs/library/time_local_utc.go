// env: TZ=
// time.Local when $TZ is set but empty: UTC, named "UTC".
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Local, time.Unix(1700000000, 0), time.Now().Location())
	t := time.Date(2020, 5, 6, 7, 8, 9, 0, time.Local)
	fmt.Println(t, t.Location() == time.Local, t.Location() == time.UTC, t.Equal(t.UTC()))
	fmt.Printf("%#v\n", t)
	name, off := t.Zone()
	fmt.Println(name, off)
}
