// Index and slice bounds errors print an index of unsigned type as unsigned (Go's
// boundsError.signed), with the length, never as a negative number.
package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	a := []int{1, 2, 3}
	arr := [3]int{}
	s := "abc"
	for _, i := range []uint64{3, 1<<32 - 1, 1<<64 - 1} {
		try("slice", func() { _ = a[i] })
		try("array", func() { _ = arr[i] })
		try("string", func() { _ = s[i] })
		try("lo", func() { _ = a[i:] })
		try("hi", func() { _ = a[:i] })
		try("max", func() { _ = a[0:1:i] })
	}
	var u8 uint8 = 200
	try("uint8", func() { _ = a[u8] })
	var i8 int8 = -3
	try("int8", func() { _ = a[i8] })
	n := -1
	try("int", func() { _ = a[n:] })
	var ui uint = 1 << 63
	try("uint", func() { _ = s[ui:] })
}
