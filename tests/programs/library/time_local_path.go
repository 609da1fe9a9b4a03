// env: TZ=:/usr/share/zoneinfo/Asia/Tokyo
// time.Local from $TZ naming a file by absolute path (with the optional leading colon): the
// location is named by the path.
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Local, time.Unix(1700000000, 0))
	l, err := time.LoadLocation("Local")
	fmt.Println(l, err, l == time.Local)
}
