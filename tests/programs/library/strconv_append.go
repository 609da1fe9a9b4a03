// strconv.AppendInt and AppendUint append digits in place (no string per call) in every base,
// at the int64 and uint64 extremes, and panic on a bad base as Go does.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	b := []byte("x=")
	for _, v := range []int64{0, 1, -1, 9, 10, -10, 35, 36, math.MaxInt64, math.MinInt64, 123456789} {
		for _, base := range []int{2, 8, 10, 16, 36} {
			b = strconv.AppendInt(b[:2], v, base)
			fmt.Println(string(b), strconv.FormatInt(v, base))
		}
	}
	for _, v := range []uint64{0, 7, math.MaxUint64} {
		fmt.Println(string(strconv.AppendUint(nil, v, 10)), string(strconv.AppendUint([]byte("u"), v, 3)))
	}
	buf := make([]byte, 0, 4)
	for i := 0; i < 3; i++ {
		buf = strconv.AppendInt(buf[:0], int64(i*1000003), 10)
		fmt.Println(string(buf), len(buf), cap(buf) >= len(buf))
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	strconv.AppendUint(nil, 5, 37)
}
