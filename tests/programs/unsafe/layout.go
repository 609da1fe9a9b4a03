// unsafe.Sizeof, Alignof and Offsetof agree with gc's layout: padding, trailing zero-size
// fields, nested and embedded structs, arrays, strings, slices, interfaces, maps.
package main

import (
	"fmt"
	"unsafe"
)

type Small struct {
	a bool
	b int64
	c bool
}

type Packed struct {
	a, b bool
	c    int16
	d    int32
	e    int64
}

type Inner struct {
	x int8
	y int32
}

type Outer struct {
	flag  bool
	Inner // embedded
	s     string
	tail  struct{}
}

type ZeroTail struct {
	n int32
	z [0]int64
}

type Empty struct{}

type WithSlice struct {
	b  byte
	xs []int
	m  map[string]int
	i  interface{}
	f  func()
	ch chan int
	p  *int
	u  uintptr
	up unsafe.Pointer
}

type Deep struct {
	a byte
	Outer
}

func main() {
	var i8 int8
	var i16 int16
	var f32 float32
	var s string
	var sl []byte
	var e interface{}
	var m map[int]int
	var arr [3]int16
	fmt.Println("basic", unsafe.Sizeof(i8), unsafe.Sizeof(i16), unsafe.Sizeof(f32), unsafe.Sizeof(s), unsafe.Sizeof(sl), unsafe.Sizeof(e), unsafe.Sizeof(m), unsafe.Sizeof(arr))
	fmt.Println("align", unsafe.Alignof(i8), unsafe.Alignof(i16), unsafe.Alignof(f32), unsafe.Alignof(s), unsafe.Alignof(arr))

	var sm Small
	fmt.Println("Small", unsafe.Sizeof(sm), unsafe.Alignof(sm), unsafe.Offsetof(sm.a), unsafe.Offsetof(sm.b), unsafe.Offsetof(sm.c))
	var p Packed
	fmt.Println("Packed", unsafe.Sizeof(p), unsafe.Offsetof(p.b), unsafe.Offsetof(p.c), unsafe.Offsetof(p.d), unsafe.Offsetof(p.e))
	var o Outer
	fmt.Println("Outer", unsafe.Sizeof(o), unsafe.Offsetof(o.Inner), unsafe.Offsetof(o.y), unsafe.Offsetof(o.Inner.y), unsafe.Offsetof(o.s), unsafe.Offsetof(o.tail))
	var z ZeroTail
	fmt.Println("ZeroTail", unsafe.Sizeof(z), unsafe.Alignof(z), unsafe.Offsetof(z.z))
	fmt.Println("Empty", unsafe.Sizeof(Empty{}), unsafe.Sizeof([0]int{}), unsafe.Sizeof([4]Empty{}))
	var w WithSlice
	fmt.Println("WithSlice", unsafe.Sizeof(w), unsafe.Offsetof(w.xs), unsafe.Offsetof(w.m), unsafe.Offsetof(w.i), unsafe.Offsetof(w.f), unsafe.Offsetof(w.ch), unsafe.Offsetof(w.p), unsafe.Offsetof(w.u), unsafe.Offsetof(w.up))
	var d Deep
	fmt.Println("Deep", unsafe.Sizeof(d), unsafe.Offsetof(d.Outer), unsafe.Offsetof(d.y), unsafe.Offsetof(d.tail))
	pd := &d
	fmt.Println("via pointer", unsafe.Offsetof(pd.s))

	// They are constants.
	const n = unsafe.Sizeof(Small{}) * 2
	var buf [n]byte
	fmt.Println("const", n, len(buf))
	fmt.Printf("%T %T\n", unsafe.Sizeof(0), unsafe.Offsetof(sm.b))
	// Untyped constant arguments take their default type.
	fmt.Println(unsafe.Sizeof(1), unsafe.Sizeof(1.5), unsafe.Sizeof('x'), unsafe.Sizeof("abc"), unsafe.Sizeof(true))
}
