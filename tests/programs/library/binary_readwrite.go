// encoding/binary: Read, Write and Size of basic values, pointers and slices (Go's fast
// path), structs, arrays, named types, blank fields, floats, a custom ByteOrder, and the
// errors and panics of invalid types, short input and unexported fields.
package main

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strings"
)

type Header struct {
	Magic   [4]byte
	Version uint16
	Flags   int8
	_       [3]byte
	Size    int64
	Ratio   float32
	Scale   float64
	OK      bool
	Dims    [2]struct{ W, H uint16 }
}

type Celsius float32
type Code uint16
type Pair struct{ A, B Code }

type withInt struct{ N int }
type withSlice struct{ S []byte }
type withPtr struct{ P *int32 }

type hidden struct {
	A uint8
	b uint16
	C uint8
}

type inner struct{ X uint8 }
type Embeds struct {
	inner
	Y uint8
}

type myint int16
type EmbedsBasic struct {
	Z uint8
	myint
}

// swapped is a ByteOrder of its own: big-endian with the two halves of each number swapped.
type swapped struct{}

func (swapped) Uint16(b []byte) uint16 { return uint16(b[1])<<8 | uint16(b[0]) }
func (swapped) Uint32(b []byte) uint32 { return uint32(binary.BigEndian.Uint16(b[2:]))<<16 | uint32(binary.BigEndian.Uint16(b)) }
func (swapped) Uint64(b []byte) uint64 { return uint64(binary.BigEndian.Uint32(b[4:]))<<32 | uint64(binary.BigEndian.Uint32(b)) }
func (swapped) PutUint16(b []byte, v uint16) {
	fmt.Printf("[put16 len=%d]", len(b))
	b[0], b[1] = byte(v), byte(v>>8)
}
func (swapped) PutUint32(b []byte, v uint32) {
	binary.BigEndian.PutUint16(b, uint16(v))
	binary.BigEndian.PutUint16(b[2:], uint16(v>>16))
}
func (swapped) PutUint64(b []byte, v uint64) {
	binary.BigEndian.PutUint32(b, uint32(v))
	binary.BigEndian.PutUint32(b[4:], uint32(v>>32))
}
func (swapped) String() string { return "swapped" }

func write(order binary.ByteOrder, data any) string {
	var sb strings.Builder
	err := binary.Write(&sb, order, data)
	fmt.Printf("Write %T (size %d): %x %v\n", data, binary.Size(data), sb.String(), err)
	return sb.String()
}

func read(in string, order binary.ByteOrder, data any) {
	r := strings.NewReader(in)
	err := binary.Read(r, order, data)
	fmt.Printf("Read %T: %v, %d left\n", data, err, r.Len())
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s panic: %v\n", name, r)
		}
	}()
	f()
}

func main() {
	orders := []binary.ByteOrder{binary.LittleEndian, binary.BigEndian, swapped{}}
	for _, o := range orders {
		fmt.Println("==", o)
		b, i8, u8, i16, u16 := true, int8(-3), uint8(200), int16(-1234), uint16(0xfeed)
		i32, u32, i64, u64 := int32(-123456), uint32(0xdeadbeef), int64(-1), uint64(1<<63|7)
		f32, f64 := float32(-1.25), 3.141592653589793
		vals := []any{b, i8, u8, i16, u16, i32, u32, i64, u64, f32, f64,
			&b, &i8, &u8, &i16, &u16, &i32, &u32, &i64, &u64, &f32, &f64,
			[]bool{true, false}, []int8{-1, 2}, []uint8{3, 4}, []int16{-5, 6}, []uint16{7, 8},
			[]int32{-9, 10}, []uint32{11, 12}, []int64{-13, 14}, []uint64{15, 16},
			[]float32{1.5, -2}, []float64{0.1, 1e300}}
		for _, v := range vals {
			write(o, v)
		}
		var rb bool
		var ri8 int8
		var ru8 uint8
		var ri16 int16
		var ru16 uint16
		var ri32 int32
		var ru32 uint32
		var ri64 int64
		var ru64 uint64
		var rf32 float32
		var rf64 float64
		in := "\x02\xff\x80\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f\x20\x21\x22\x23\x24\x25\x26\x27\x40\x09\x21\xfb\x54\x44\x2d\x18"
		r := strings.NewReader(in)
		for _, p := range []any{&rb, &ri8, &ru8, &ri16, &ru16, &ri32, &ru32, &ri64, &ru64, &rf32, &rf64} {
			err := binary.Read(r, o, p)
			if err != nil {
				fmt.Println("err", err)
			}
		}
		fmt.Println(rb, ri8, ru8, ri16, ru16, ri32, ru32, ri64, ru64, rf32, rf64)
		sl := []any{make([]bool, 3), make([]int8, 2), make([]uint8, 2), make([]int16, 2), make([]uint16, 2),
			make([]int32, 2), make([]uint32, 2), make([]int64, 1), make([]uint64, 1), make([]float32, 2), make([]float64, 1)}
		r = strings.NewReader(in)
		for _, s := range sl {
			binary.Read(r, o, s)
		}
		fmt.Println(sl...)

		h := Header{Magic: [4]byte{'D', 'F', 'R', 'C'}, Version: 3, Flags: -2, Size: 1 << 40, Ratio: 0.5, Scale: -2.5, OK: true}
		h.Dims[0].W, h.Dims[1].H = 640, 480
		enc := write(o, h)
		write(o, &h)
		var h2 Header
		read(enc, o, &h2)
		fmt.Printf("%+v %v\n", h2, h2 == h)
		hs := []Header{h, h2}
		enc2 := write(o, hs)
		write(o, &hs)
		hs2 := make([]Header, 2)
		read(enc2, o, hs2)
		read(enc2, o, &hs2)
		fmt.Println(hs2[1] == h)

		arr := [3]Pair{{1, 2}, {3, 4}, {0xffff, 0}}
		enc = write(o, arr)
		var arr2 [3]Pair
		read(enc, o, &arr2)
		fmt.Println(arr2)
		c := Celsius(36.6)
		enc = write(o, c)
		var c2 Celsius
		read(enc, o, &c2)
		fmt.Println(c2, binary.Size(c), binary.Size(&c))
		codes := []Code{1, 2, 3}
		write(o, codes)
		var e Embeds
		read("\x07\x08", o, &e)
		fmt.Println(e)
		write(o, Embeds{inner{9}, 10})
		write(o, struct{}{})
		write(o, [0]uint16{})
		read("", o, &struct{}{})
	}

	// Blank fields: written as zeros, skipped (left as they were) when read.
	type B struct {
		A uint8
		_ uint16
		C uint8
	}
	write(binary.BigEndian, B{A: 1, C: 2})
	var bb B
	read("\x05\xff\xff\x06", binary.BigEndian, &bb)
	fmt.Printf("%+v\n", bb)

	// Invalid types.
	for _, v := range []any{5, uint(5), "str", []int{1}, []string{"a"}, withInt{1}, withSlice{}, withPtr{},
		&[]int{1}, map[int]int{}, func() {}, [2]int{}, new(*int32), new(any)} {
		var sb strings.Builder
		fmt.Printf("%T: Size %d, Write %v, %q\n", v, binary.Size(v), binary.Write(&sb, binary.LittleEndian, v), sb.String())
	}
	for _, v := range []any{new(int), new(string), new(withInt), []int{1}, new([]string), int32(1), Header{}} {
		r := strings.NewReader("0123456789")
		err := binary.Read(r, binary.LittleEndian, v)
		fmt.Printf("Read %T: %v, %d left\n", v, err, r.Len())
	}
	// Short input.
	for _, in := range []string{"", "\x01", "\x01\x02\x03"} {
		var x uint32
		var h Header
		var s []uint16 = make([]uint16, 2)
		e1 := binary.Read(strings.NewReader(in), binary.LittleEndian, &x)
		e2 := binary.Read(strings.NewReader(in), binary.LittleEndian, &h)
		e3 := binary.Read(strings.NewReader(in), binary.LittleEndian, s)
		fmt.Println(e1, e2, e3, errors.Is(e2, io.ErrUnexpectedEOF), e1 == io.EOF)
	}
	// Empty slices take the slow path and read or write nothing.
	read("abc", binary.LittleEndian, []uint16{})
	write(binary.LittleEndian, []uint8{})
	write(binary.LittleEndian, []Pair(nil))

	// A failing writer's error comes back.
	fmt.Println(binary.Write(failing{}, binary.LittleEndian, uint16(1)), binary.Write(failing{}, binary.LittleEndian, Pair{}))

	try("read hidden", func() {
		var hd hidden
		err := binary.Read(strings.NewReader("\x01\x02\x03\x04"), binary.LittleEndian, &hd)
		fmt.Println(err, hd)
	})
	fmt.Printf("%q\n", write(binary.LittleEndian, hidden{1, 0x0302, 4}))
	try("read embedded basic", func() {
		var eb EmbedsBasic
		binary.Read(strings.NewReader("\x01\x02\x03"), binary.LittleEndian, &eb)
		fmt.Println(eb)
	})
	try("size nil", func() { binary.Size(nil) })
	try("write nil", func() { binary.Write(&strings.Builder{}, binary.LittleEndian, nil) })
	try("write nil ptr", func() { binary.Write(&strings.Builder{}, binary.LittleEndian, (*Header)(nil)) })
	try("size nil ptr", func() { binary.Size((*Pair)(nil)) })
	try("read nil ptr", func() { binary.Read(strings.NewReader("1234"), binary.LittleEndian, (*Pair)(nil)) })
	try("read nil", func() { binary.Read(strings.NewReader("1234"), binary.LittleEndian, nil) })
	try("read nil *uint16", func() { binary.Read(strings.NewReader("1234"), binary.LittleEndian, (*uint16)(nil)) })
	try("write nil *float32", func() { binary.Write(&strings.Builder{}, binary.LittleEndian, (*float32)(nil)) })
	try("read nil *float64", func() { binary.Read(strings.NewReader("12345678"), binary.LittleEndian, (*float64)(nil)) })
}

type failing struct{}

func (failing) Write(p []byte) (int, error) { return 0, errors.New("no space") }
