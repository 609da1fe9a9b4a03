// Package binary: Go 1.19's varints (MaxVarintLen16/32/64, AppendUvarint, AppendVarint,
// PutUvarint, PutVarint, Uvarint, Varint, ReadUvarint, ReadVarint): unsigned integers in 7-bit
// groups, least significant first, with the high bit set on all but the last byte; signed ones
// zig-zag encoded (0, -1, 1, -2, ...).
package binary

import (
	"errors"
	"io"
)

// The most bytes a varint of 16, 32 or 64 bits takes.
const (
	MaxVarintLen16 = 3
	MaxVarintLen32 = 5
	MaxVarintLen64 = 10
)

var errOverflow = errors.New("binary: varint overflows a 64-bit integer")

// AppendUvarint appends the varint of x to buf.
func AppendUvarint(buf []byte, x uint64) []byte {
	for ; x >= 0x80; x >>= 7 {
		buf = append(buf, byte(x)|0x80)
	}
	return append(buf, byte(x))
}

// PutUvarint writes the varint of x to buf (which must be long enough) and returns its length.
func PutUvarint(buf []byte, x uint64) int {
	i := 0
	for ; x >= 0x80; x >>= 7 {
		buf[i] = byte(x) | 0x80
		i++
	}
	buf[i] = byte(x)
	return i + 1
}

// Uvarint decodes a varint from the start of buf and returns it and its length; n == 0 when
// buf ends first, n < 0 (minus the bytes read) when it overflows 64 bits.
func Uvarint(buf []byte) (uint64, int) {
	var x uint64
	var s uint
	for i, b := range buf {
		if i == MaxVarintLen64 {
			return 0, -(i + 1)
		}
		if b < 0x80 {
			if i == MaxVarintLen64-1 && b > 1 {
				return 0, -(i + 1)
			}
			return x | uint64(b)<<s, i + 1
		}
		x |= uint64(b&0x7f) << s
		s += 7
	}
	return 0, 0
}

// zigzag maps signed to unsigned: 0, -1, 1, -2 ... to 0, 1, 2, 3 ...
func zigzag(x int64) uint64 {
	ux := uint64(x) << 1
	if x < 0 {
		ux = ^ux
	}
	return ux
}

func unzigzag(ux uint64) int64 {
	x := int64(ux >> 1)
	if ux&1 != 0 {
		x = ^x
	}
	return x
}

// AppendVarint appends the zig-zag varint of x to buf.
func AppendVarint(buf []byte, x int64) []byte { return AppendUvarint(buf, zigzag(x)) }

// PutVarint writes the zig-zag varint of x to buf and returns its length.
func PutVarint(buf []byte, x int64) int { return PutUvarint(buf, zigzag(x)) }

// Varint decodes a zig-zag varint from buf (n as for Uvarint).
func Varint(buf []byte) (int64, int) {
	ux, n := Uvarint(buf)
	return unzigzag(ux), n
}

// ReadUvarint reads a varint from r: the reader's error as it comes (with the bits read so
// far), or errOverflow for one longer than 64 bits.
func ReadUvarint(r io.ByteReader) (uint64, error) {
	var x uint64
	var s uint
	for i := 0; i < MaxVarintLen64; i++ {
		b, err := r.ReadByte()
		if err != nil {
			// Even after some bytes (Go 1.19 reports io.EOF, not io.ErrUnexpectedEOF).
			return x, err
		}
		if b < 0x80 {
			if i == MaxVarintLen64-1 && b > 1 {
				return x, errOverflow
			}
			return x | uint64(b)<<s, nil
		}
		x |= uint64(b&0x7f) << s
		s += 7
	}
	return x, errOverflow
}

// ReadVarint reads a zig-zag varint from r (errors as for ReadUvarint).
func ReadVarint(r io.ByteReader) (int64, error) {
	ux, err := ReadUvarint(r)
	return unzigzag(ux), err
}
