// encoding/binary: LittleEndian and BigEndian, every method, as ByteOrder and
// AppendByteOrder values, their String/GoString, and short slices panicking.
package main

import (
	"encoding/binary"
	"fmt"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	b := []byte{1, 2, 3, 4, 5, 6, 7, 8, 9}
	for _, o := range []binary.ByteOrder{binary.LittleEndian, binary.BigEndian} {
		fmt.Println(o, o.String())
		fmt.Printf("%v %s %#v %T\n", o, o, o, o)
		fmt.Printf("%#x %#x %#x\n", o.Uint16(b), o.Uint32(b), o.Uint64(b))
		fmt.Printf("%#x %#x\n", o.Uint16(b[7:]), o.Uint32(b[5:]))
		out := make([]byte, 10)
		o.PutUint16(out, 0xabcd)
		o.PutUint32(out[2:], 0xdeadbeef)
		fmt.Println(out)
		o.PutUint64(out[2:], 0x0102030405060708)
		fmt.Println(out)
		a := o.(binary.AppendByteOrder)
		x := a.AppendUint16([]byte("x"), 0x1234)
		x = a.AppendUint32(x, 0x89abcdef)
		x = a.AppendUint64(x, 1<<63|5)
		fmt.Println(x, a.AppendUint16(nil, 1), len(a.AppendUint64(nil, 0)))
		try("Uint16", func() { o.Uint16(b[:1]) })
		try("Uint32", func() { o.Uint32(b[:3]) })
		try("Uint64", func() { o.Uint64(b[:7]) })
		try("PutUint16", func() { o.PutUint16(out[:1], 1) })
		try("PutUint32", func() { o.PutUint32(nil, 1) })
		try("PutUint64", func() { o.PutUint64(out[:5], 1) })
	}
	fmt.Println(binary.LittleEndian.Uint32([]byte{0xff, 0, 0, 0x80}), binary.BigEndian.Uint16([]byte{0xff, 0xfe}))
	fmt.Println(binary.LittleEndian.AppendUint32(nil, 7), binary.BigEndian.AppendUint64([]byte{}, 256))
	var bo binary.ByteOrder = binary.BigEndian
	var ao binary.AppendByteOrder = binary.LittleEndian
	fmt.Println(bo == binary.BigEndian, ao.String(), bo != binary.ByteOrder(binary.LittleEndian))
}
