// A negative (signed, variable) shift count is a recoverable runtime error; large counts are not.
package main

import "fmt"

func try(name string, f func() int64) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name+":", r)
			fmt.Printf("  %v | %T\n", r, r)
		}
	}()
	fmt.Println(name, "=", f())
}

func main() {
	n := -1
	var n8 int8 = -3
	big := 100
	x := int64(12345)
	try("x << -1", func() int64 { return x << n })
	try("x >> -3 (int8 count)", func() int64 { return x >> n8 })
	try("op-assign", func() int64 { y := x; y <<= n; return y })
	try("x << 100", func() int64 { return x << big })
	try("x >> 100", func() int64 { return -x >> big })
	try("1 << 3", func() int64 { return 1 << (n + 4) })
}
