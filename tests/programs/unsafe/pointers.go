// unsafe.Pointer conversions: *T to *U through unsafe.Pointer, pointer arithmetic through
// uintptr and unsafe.Add, unsafe.Slice, unsafe.Pointer as a value (nil, comparison, map key,
// interface), and unsafe.Slice's run-time errors.
package main

import (
	"fmt"
	"math"
	"unsafe"
)

type header struct {
	tag  uint16
	kind uint8
	ok   bool
	n    int32
}

type node struct {
	val  int
	next unsafe.Pointer
}

func float64bits(f float64) uint64 {
	return *(*uint64)(unsafe.Pointer(&f))
}

func fieldAt(h *header, off uintptr) unsafe.Pointer {
	return unsafe.Pointer(uintptr(unsafe.Pointer(h)) + off)
}

func tryUnsafeSlice(p *int, n int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			if e, ok := r.(error); ok {
				fmt.Println("error:", e.Error())
			}
		}
	}()
	s := unsafe.Slice(p, n)
	fmt.Println("len", len(s), "cap", cap(s))
}

func main() {
	fmt.Println(float64bits(1.5) == math.Float64bits(1.5), float64bits(-2))

	h := header{tag: 0x1234, kind: 7, ok: true, n: -5}
	*(*uint8)(fieldAt(&h, unsafe.Offsetof(h.kind))) = 9
	*(*int32)(unsafe.Add(unsafe.Pointer(&h), unsafe.Offsetof(h.n))) += 100
	fmt.Println(h.tag, h.kind, h.ok, h.n)

	// Bytes of an integer, little-endian on both targets.
	x := uint32(0x01020304)
	b := (*[4]byte)(unsafe.Pointer(&x))
	fmt.Println(b[0], b[1], b[2], b[3])

	arr := [5]int{10, 20, 30, 40, 50}
	s := unsafe.Slice(&arr[1], 3)
	s[0] = 21
	fmt.Println(s, len(s), cap(s), arr)
	third := (*int)(unsafe.Add(unsafe.Pointer(&arr[0]), 2*unsafe.Sizeof(arr[0])))
	fmt.Println(*third)
	back := (*int)(unsafe.Add(unsafe.Pointer(third), -int(unsafe.Sizeof(arr[0]))))
	fmt.Println(*back)

	// A linked list threaded through unsafe.Pointer fields survives collections.
	var head unsafe.Pointer
	for i := 0; i < 1000; i++ {
		n := &node{val: i, next: head}
		head = unsafe.Pointer(n)
	}
	sum := 0
	for p := head; p != nil; p = (*node)(p).next {
		sum += (*node)(p).val
	}
	fmt.Println("sum", sum)

	var np unsafe.Pointer
	fmt.Println(np == nil, head != nil, unsafe.Pointer(&arr[0]) == unsafe.Pointer(&arr))
	seen := map[unsafe.Pointer]int{}
	seen[unsafe.Pointer(&arr[0])]++
	seen[unsafe.Pointer(&arr)]++
	seen[unsafe.Pointer(&h)]++
	fmt.Println(len(seen), seen[unsafe.Pointer(&arr[0])])
	var iface interface{} = np
	fmt.Printf("%T %v\n", iface, iface)
	fmt.Println(iface == interface{}(unsafe.Pointer(nil)))
	type P unsafe.Pointer
	var pp P = P(&x)
	fmt.Println(*(*uint32)(pp) == x)

	// String bytes through unsafe.Slice of the first byte.
	str := "hello"
	bs := []byte(str)
	view := unsafe.Slice(&bs[0], len(bs))
	view[0] = 'j'
	fmt.Println(string(bs))

	tryUnsafeSlice(&arr[0], 0)
	tryUnsafeSlice(&arr[0], -1)
	tryUnsafeSlice(nil, 0)
	tryUnsafeSlice(nil, 3)
	tryUnsafeSlice(&arr[0], math.MaxInt/4)
	var nilp *int
	fmt.Println(unsafe.Slice(nilp, 0) == nil)
}
