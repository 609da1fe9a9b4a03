// Package binary: Go 1.19's encoding/binary: ByteOrder, AppendByteOrder, LittleEndian,
// BigEndian; Read, Write and Size of fixed-size values; the varint functions are in
// varint.go. Written for deferc.
//
// deferc has no reflect package. Read, Write and Size take the basic types, pointers to them
// and slices of them through a type switch as Go's fast path does; everything else (structs,
// arrays, named types, floats, complex numbers) goes to the runtime
// (runtime/src/pkg_binary.rs), which walks the value's type descriptor the way Go's
// reflect-based coder walks the value. Errors and panics are Go's, and so is the order of
// events (Read reads before it finds a type invalid).
package binary

import (
	"errors"
	"fmt"
	"io"
)

// A ByteOrder converts byte slices to and from 16-, 32- and 64-bit unsigned integers.
type ByteOrder interface {
	Uint16([]byte) uint16
	Uint32([]byte) uint32
	Uint64([]byte) uint64
	PutUint16([]byte, uint16)
	PutUint32([]byte, uint32)
	PutUint64([]byte, uint64)
	String() string
}

// An AppendByteOrder appends 16-, 32- and 64-bit unsigned integers to byte slices.
type AppendByteOrder interface {
	AppendUint16([]byte, uint16) []byte
	AppendUint32([]byte, uint32) []byte
	AppendUint64([]byte, uint64) []byte
	String() string
}

// LittleEndian is the little-endian ByteOrder and AppendByteOrder.
var LittleEndian littleEndian

// BigEndian is the big-endian ByteOrder and AppendByteOrder.
var BigEndian bigEndian

type littleEndian struct{}

type bigEndian struct{}

// Each method touches its highest index first, so a short slice panics with Go's message.

func (littleEndian) Uint16(b []byte) uint16 {
	_ = b[1]
	return uint16(b[0]) | uint16(b[1])<<8
}

func (littleEndian) PutUint16(b []byte, v uint16) {
	_ = b[1]
	b[0], b[1] = byte(v), byte(v>>8)
}

func (littleEndian) AppendUint16(b []byte, v uint16) []byte {
	return append(b, byte(v), byte(v>>8))
}

func (littleEndian) Uint32(b []byte) uint32 {
	_ = b[3]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

func (littleEndian) PutUint32(b []byte, v uint32) {
	_ = b[3]
	b[0], b[1], b[2], b[3] = byte(v), byte(v>>8), byte(v>>16), byte(v>>24)
}

func (littleEndian) AppendUint32(b []byte, v uint32) []byte {
	return append(b, byte(v), byte(v>>8), byte(v>>16), byte(v>>24))
}

func (littleEndian) Uint64(b []byte) uint64 {
	_ = b[7]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

func (littleEndian) PutUint64(b []byte, v uint64) {
	_ = b[7]
	for i := 0; i < 8; i++ {
		b[i] = byte(v >> (8 * i))
	}
}

func (littleEndian) AppendUint64(b []byte, v uint64) []byte {
	return append(b, byte(v), byte(v>>8), byte(v>>16), byte(v>>24),
		byte(v>>32), byte(v>>40), byte(v>>48), byte(v>>56))
}

func (littleEndian) String() string { return "LittleEndian" }

func (littleEndian) GoString() string { return "binary.LittleEndian" }

func (bigEndian) Uint16(b []byte) uint16 {
	_ = b[1]
	return uint16(b[1]) | uint16(b[0])<<8
}

func (bigEndian) PutUint16(b []byte, v uint16) {
	_ = b[1]
	b[0], b[1] = byte(v>>8), byte(v)
}

func (bigEndian) AppendUint16(b []byte, v uint16) []byte {
	return append(b, byte(v>>8), byte(v))
}

func (bigEndian) Uint32(b []byte) uint32 {
	_ = b[3]
	return uint32(b[3]) | uint32(b[2])<<8 | uint32(b[1])<<16 | uint32(b[0])<<24
}

func (bigEndian) PutUint32(b []byte, v uint32) {
	_ = b[3]
	b[0], b[1], b[2], b[3] = byte(v>>24), byte(v>>16), byte(v>>8), byte(v)
}

func (bigEndian) AppendUint32(b []byte, v uint32) []byte {
	return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func (bigEndian) Uint64(b []byte) uint64 {
	_ = b[7]
	return uint64(b[7]) | uint64(b[6])<<8 | uint64(b[5])<<16 | uint64(b[4])<<24 |
		uint64(b[3])<<32 | uint64(b[2])<<40 | uint64(b[1])<<48 | uint64(b[0])<<56
}

func (bigEndian) PutUint64(b []byte, v uint64) {
	_ = b[7]
	for i := 0; i < 8; i++ {
		b[i] = byte(v >> (56 - 8*i))
	}
}

func (bigEndian) AppendUint64(b []byte, v uint64) []byte {
	return append(b, byte(v>>56), byte(v>>48), byte(v>>40), byte(v>>32),
		byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func (bigEndian) String() string { return "BigEndian" }

func (bigEndian) GoString() string { return "binary.BigEndian" }

// The runtime's part (runtime/src/pkg_binary.rs): the encoded size of data (Read's rule when
// read is set: a pointer's element or a slice; else Write's: data or what it points to), -1
// for a type that is not fixed-size, -2 for a nil interface or pointer; and the walk over the
// value encoding it into buf (op 0 little-, 1 big-endian), decoding buf into it (2, 3) or
// writing the sizes of its 2-, 4- and 8-byte numbers at their offsets (4). A decode stopped at
// a field reflect may not set returns 1 + the field's reflect.Kind.
func dataSize(data any, read bool) int
func walk(data any, buf []byte, op int) int

const (
	opEncode = 0
	opDecode = 2
	opMarks  = 4
)

// valueError is the panic of reflect's methods on the zero Value (Go's *reflect.ValueError).
type valueError struct{ method string }

func (e *valueError) Error() string { return "reflect: call of " + e.method + " on zero Value" }

// setters are reflect's setter names by Kind, for the panic of a decode into an unexported field.
var setters = [...]string{1: "SetBool", 3: "SetInt", 4: "SetInt", 5: "SetInt", 6: "SetInt",
	8: "SetUint", 9: "SetUint", 10: "SetUint", 11: "SetUint", 13: "SetFloat", 14: "SetFloat",
	15: "SetComplex", 16: "SetComplex"}

// encodeValue encodes data (or what it points to) into buf in order, through the runtime.
func encodeValue(order ByteOrder, data any, buf []byte) {
	switch order.(type) {
	case littleEndian:
		walk(data, buf, opEncode)
	case bigEndian:
		walk(data, buf, opEncode+1)
	default:
		// Another ByteOrder: encode little-endian, then let order write each number.
		walk(data, buf, opEncode)
		marks := make([]byte, len(buf))
		walk(data, marks, opMarks)
		for i := 0; i < len(buf); i++ {
			switch marks[i] {
			case 2:
				order.PutUint16(buf[i:i+2], LittleEndian.Uint16(buf[i:]))
			case 4:
				order.PutUint32(buf[i:i+4], LittleEndian.Uint32(buf[i:]))
			case 8:
				order.PutUint64(buf[i:i+8], LittleEndian.Uint64(buf[i:]))
			}
		}
	}
}

// decodeValue decodes buf in order into data (a pointer or a slice), through the runtime.
func decodeValue(order ByteOrder, data any, buf []byte) {
	op := opDecode
	switch order.(type) {
	case littleEndian:
	case bigEndian:
		op++
	default:
		// Another ByteOrder: let order read each number, then decode little-endian.
		marks := make([]byte, len(buf))
		walk(data, marks, opMarks)
		for i := 0; i < len(buf); i++ {
			switch marks[i] {
			case 2:
				LittleEndian.PutUint16(buf[i:], order.Uint16(buf[i:i+2]))
			case 4:
				LittleEndian.PutUint32(buf[i:], order.Uint32(buf[i:i+4]))
			case 8:
				LittleEndian.PutUint64(buf[i:], order.Uint64(buf[i:i+8]))
			}
		}
	}
	if k := walk(data, buf, op); k != 0 {
		panic("reflect: reflect.Value." + setters[k-1] + " using value obtained using unexported field")
	}
}

// fastSize is the encoded size of the types Go's fast path takes (basic values, pointers to
// them, slices of them), or 0 (Go's intDataSize).
func fastSize(data any) int {
	switch d := data.(type) {
	case bool, int8, uint8, *bool, *int8, *uint8:
		return 1
	case []bool:
		return len(d)
	case []int8:
		return len(d)
	case []uint8:
		return len(d)
	case int16, uint16, *int16, *uint16:
		return 2
	case []int16:
		return 2 * len(d)
	case []uint16:
		return 2 * len(d)
	case int32, uint32, *int32, *uint32, float32, *float32:
		return 4
	case []int32:
		return 4 * len(d)
	case []uint32:
		return 4 * len(d)
	case []float32:
		return 4 * len(d)
	case int64, uint64, *int64, *uint64, float64, *float64:
		return 8
	case []int64:
		return 8 * len(d)
	case []uint64:
		return 8 * len(d)
	case []float64:
		return 8 * len(d)
	}
	return 0
}

// Read reads from r into data, a pointer to a fixed-size value or a slice of fixed-size
// values, decoding with order: booleans are a byte (non-zero is true), blank (_) struct fields
// are skipped. The error is io.EOF only if nothing was read, io.ErrUnexpectedEOF if some but
// not all of the bytes were.
func Read(r io.Reader, order ByteOrder, data any) error {
	if n := fastSize(data); n != 0 {
		bs := make([]byte, n)
		if _, err := io.ReadFull(r, bs); err != nil {
			return err
		}
		switch d := data.(type) {
		case *bool:
			*d = bs[0] != 0
		case *int8:
			*d = int8(bs[0])
		case *uint8:
			*d = bs[0]
		case *int16:
			*d = int16(order.Uint16(bs))
		case *uint16:
			*d = order.Uint16(bs)
		case *int32:
			*d = int32(order.Uint32(bs))
		case *uint32:
			*d = order.Uint32(bs)
		case *int64:
			*d = int64(order.Uint64(bs))
		case *uint64:
			*d = order.Uint64(bs)
		case []bool:
			for i, x := range bs {
				d[i] = x != 0
			}
		case []int8:
			for i, x := range bs {
				d[i] = int8(x)
			}
		case []uint8:
			copy(d, bs)
		case []int16:
			for i := range d {
				d[i] = int16(order.Uint16(bs[2*i:]))
			}
		case []uint16:
			for i := range d {
				d[i] = order.Uint16(bs[2*i:])
			}
		case []int32:
			for i := range d {
				d[i] = int32(order.Uint32(bs[4*i:]))
			}
		case []uint32:
			for i := range d {
				d[i] = order.Uint32(bs[4*i:])
			}
		case []int64:
			for i := range d {
				d[i] = int64(order.Uint64(bs[8*i:]))
			}
		case []uint64:
			for i := range d {
				d[i] = order.Uint64(bs[8*i:])
			}
		case *float32:
			_ = *d // a nil pointer panics, as Go's store does
			decodeValue(order, data, bs)
		case *float64:
			_ = *d
			decodeValue(order, data, bs)
		case []float32, []float64:
			decodeValue(order, data, bs)
		default:
			// A value, not a pointer: read, then reported invalid below, as in Go.
			n = 0
		}
		if n != 0 {
			return nil
		}
	}
	if data == nil {
		// Go's reflect.TypeOf(nil).String(): a nil dereference.
		var t *valueError
		_ = t.method
	}
	size := dataSize(data, true)
	if size == -2 {
		panic(&valueError{"reflect.Value.Type"})
	}
	if size < 0 {
		return errors.New("binary.Read: invalid type " + fmt.Sprintf("%T", data))
	}
	buf := make([]byte, size)
	if _, err := io.ReadFull(r, buf); err != nil {
		return err
	}
	decodeValue(order, data, buf)
	return nil
}

// Write writes the encoding of data, a fixed-size value, a slice of them or a pointer to
// either, to w in order: booleans are one byte (1 for true), blank (_) struct fields zeros.
func Write(w io.Writer, order ByteOrder, data any) error {
	if n := fastSize(data); n != 0 {
		bs := make([]byte, n)
		switch v := data.(type) {
		case *bool:
			if *v {
				bs[0] = 1
			}
		case bool:
			if v {
				bs[0] = 1
			}
		case []bool:
			for i, x := range v {
				if x {
					bs[i] = 1
				}
			}
		case *int8:
			bs[0] = byte(*v)
		case int8:
			bs[0] = byte(v)
		case []int8:
			for i, x := range v {
				bs[i] = byte(x)
			}
		case *uint8:
			bs[0] = *v
		case uint8:
			bs[0] = v
		case []uint8:
			// The caller's own slice is written, as in Go.
			bs = v
		case *int16:
			order.PutUint16(bs, uint16(*v))
		case int16:
			order.PutUint16(bs, uint16(v))
		case []int16:
			for i, x := range v {
				order.PutUint16(bs[2*i:], uint16(x))
			}
		case *uint16:
			order.PutUint16(bs, *v)
		case uint16:
			order.PutUint16(bs, v)
		case []uint16:
			for i, x := range v {
				order.PutUint16(bs[2*i:], x)
			}
		case *int32:
			order.PutUint32(bs, uint32(*v))
		case int32:
			order.PutUint32(bs, uint32(v))
		case []int32:
			for i, x := range v {
				order.PutUint32(bs[4*i:], uint32(x))
			}
		case *uint32:
			order.PutUint32(bs, *v)
		case uint32:
			order.PutUint32(bs, v)
		case []uint32:
			for i, x := range v {
				order.PutUint32(bs[4*i:], x)
			}
		case *int64:
			order.PutUint64(bs, uint64(*v))
		case int64:
			order.PutUint64(bs, uint64(v))
		case []int64:
			for i, x := range v {
				order.PutUint64(bs[8*i:], uint64(x))
			}
		case *uint64:
			order.PutUint64(bs, *v)
		case uint64:
			order.PutUint64(bs, v)
		case []uint64:
			for i, x := range v {
				order.PutUint64(bs[8*i:], x)
			}
		case *float32:
			_ = *v // a nil pointer panics, as Go's load does
			encodeValue(order, data, bs)
		case *float64:
			_ = *v
			encodeValue(order, data, bs)
		default:
			// float32, float64 and slices of them.
			encodeValue(order, data, bs)
		}
		_, err := w.Write(bs)
		return err
	}
	size := dataSize(data, false)
	if size == -2 {
		panic(&valueError{"reflect.Value.Type"})
	}
	if size < 0 {
		return errors.New("binary.Write: invalid type " + fmt.Sprintf("%T", data))
	}
	buf := make([]byte, size)
	encodeValue(order, data, buf)
	_, err := w.Write(buf)
	return err
}

// Size is how many bytes Write would write for v (a fixed-size value, a slice of them, or a
// pointer to either), or -1.
func Size(v any) int {
	n := dataSize(v, false)
	if n == -2 {
		panic(&valueError{"reflect.Value.Type"})
	}
	return n
}
