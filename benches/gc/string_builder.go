// Builds strings in a loop (strings.Builder, concatenation, fmt.Sprint, strconv) and drops
// them: short-lived byte buffers of every size class, noscan.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	total := 0
	for round := 0; round < 200000; round++ {
		var b strings.Builder
		for i := 0; i < 20; i++ {
			b.WriteString("item")
			b.WriteString(strconv.Itoa(round + i))
			b.WriteByte(',')
		}
		s := b.String()
		t := s[:len(s)/2] + "|" + fmt.Sprint(round)
		total += len(s) + len(t)
	}
	fmt.Println(total)
}
