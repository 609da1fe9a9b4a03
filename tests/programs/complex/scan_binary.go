// Complex numbers through fmt's scanner (N+Ni, optionally in parentheses) and
// encoding/binary (two floats, each in the byte order).
package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

type MyC complex64

type S struct {
	A complex64
	B int16
	C [2]complex128
}

func main() {
	var a complex128
	var b complex64
	var c MyC
	for _, in := range []string{"(1+2i) 3-4i 5.5e1+0x1p2i", "1+2i", "(1+2i", "1+2", "1 +2i", "+Inf-NaNi 1_0+2i -1-1i", "(0.1+0.2i)x", "1e400+1i 1+1i 1+1i", "1+1i 1e39+0i 1+1i"} {
		n, err := fmt.Sscan(in, &a, &b, &c)
		fmt.Println(n, err, a, b, c)
	}
	n, err := fmt.Sscanf("x(1.5-2.5i)", "x%g", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("1+1i", "%d", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("7+1i", "%s", &c)
	fmt.Println(n, err, c)

	for _, o := range []binary.ByteOrder{binary.LittleEndian, binary.BigEndian} {
		var buf bytes.Buffer
		err := binary.Write(&buf, o, complex64(1.5-2i))
		fmt.Println(err, buf.Bytes())
		buf.Reset()
		err = binary.Write(&buf, o, []complex128{1, 2i})
		fmt.Println(err, buf.Bytes())
		buf.Reset()
		s := S{1 + 1i, 7, [2]complex128{3, 4i}}
		err = binary.Write(&buf, o, &s)
		fmt.Println(err, buf.Bytes(), binary.Size(s), binary.Size(complex64(0)), binary.Size([]complex128{1}))
		var s2 S
		err = binary.Read(bytes.NewReader(buf.Bytes()), o, &s2)
		fmt.Println(err, s2)
		var cs [2]complex64
		err = binary.Read(bytes.NewReader([]byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}), o, &cs)
		fmt.Println(err, cs)
	}
}
