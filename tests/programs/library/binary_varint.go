// encoding/binary: Uvarint, Varint, PutUvarint, PutVarint, AppendUvarint, AppendVarint,
// ReadUvarint, ReadVarint, the MaxVarintLen constants, truncated and overflowing input.
package main

import (
	"encoding/binary"
	"fmt"
	"io"
	"strings"
)

type byteReader struct{ s string }

func (r *byteReader) ReadByte() (byte, error) {
	if r.s == "" {
		return 0, io.EOF
	}
	c := r.s[0]
	r.s = r.s[1:]
	return c, nil
}

func main() {
	fmt.Println(binary.MaxVarintLen16, binary.MaxVarintLen32, binary.MaxVarintLen64)
	us := []uint64{0, 1, 127, 128, 255, 256, 300, 16383, 16384, 1<<32 - 1, 1 << 32, 1<<63 - 1, 1 << 63, 1<<64 - 1}
	buf := make([]byte, binary.MaxVarintLen64)
	for _, u := range us {
		n := binary.PutUvarint(buf, u)
		v, m := binary.Uvarint(buf[:n])
		a := binary.AppendUvarint([]byte{0xaa}, u)
		r, err := binary.ReadUvarint(strings.NewReader(string(buf[:n])))
		fmt.Println(u, n, buf[:n], v, m, a, r, err)
	}
	is := []int64{0, 1, -1, 2, -2, 63, -64, 64, -65, 1<<31 - 1, -1 << 31, 1<<63 - 1, -1 << 63}
	for _, i := range is {
		n := binary.PutVarint(buf, i)
		v, m := binary.Varint(buf[:n])
		a := binary.AppendVarint(nil, i)
		r, err := binary.ReadVarint(&byteReader{string(buf[:n])})
		fmt.Println(i, n, buf[:n], v, m, a, r, err)
	}
	bad := [][]byte{
		nil,
		{0x80},
		{0xff, 0xff},
		{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01},
		{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02},
		{0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01},
		{0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80},
		{0x81, 0x00},
		{0x01, 0x02, 0x03},
	}
	for _, b := range bad {
		u, n := binary.Uvarint(b)
		i, m := binary.Varint(b)
		r, err := binary.ReadUvarint(&byteReader{string(b)})
		s, err2 := binary.ReadVarint(strings.NewReader(string(b)))
		fmt.Println(b, "|", u, n, "|", i, m, "|", r, err, "|", s, err2)
	}
	// Several varints in a row from one reader.
	var stream []byte
	for _, i := range is {
		stream = binary.AppendVarint(stream, i)
	}
	rd := strings.NewReader(string(stream))
	for {
		v, err := binary.ReadVarint(rd)
		if err != nil {
			fmt.Println("end:", err, err == io.EOF)
			break
		}
		fmt.Print(v, " ")
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	binary.PutUvarint(make([]byte, 2), 1<<20)
}
