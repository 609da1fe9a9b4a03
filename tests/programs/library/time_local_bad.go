// env: TZ=Nowhere/Atlantis
// time.Local when $TZ names no zone: UTC.
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Local, time.Unix(1700000000, 0))
	name, off := time.Unix(0, 0).Zone()
	fmt.Println(name, off)
}
