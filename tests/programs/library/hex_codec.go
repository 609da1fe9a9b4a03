// encoding/hex: Encode, Decode and their string forms, lengths, errors and partial results.
package main

import (
	"encoding/hex"
	"errors"
	"fmt"
)

func main() {
	src := []byte("Hello Gopher!\x00\xff\x7f")
	s := hex.EncodeToString(src)
	fmt.Println(s, hex.EncodedLen(len(src)), hex.DecodedLen(len(s)), hex.DecodedLen(7))
	b, err := hex.DecodeString(s)
	fmt.Printf("%q %v\n", b, err)

	dst := make([]byte, 8)
	n := hex.Encode(dst, []byte{0xde, 0xad, 0xbe, 0xef})
	fmt.Println(n, string(dst))
	fmt.Println(hex.EncodeToString(nil) == "", hex.EncodeToString([]byte{0, 1, 0xa, 0xf0}))

	out := make([]byte, 4)
	for i := range out {
		out[i] = '.'
	}
	n, err = hex.Decode(out, []byte("0aFfC3x9"))
	fmt.Println(n, out, err)

	for _, in := range []string{"", "0", "zz", "0g", "g0", "abc", "abcg", "ABCDef", "4x41", "123", "12\n",
		"\xff0", "0\x80", "1 2", "deadbeef", "DEADBEEF"} {
		b, err := hex.DecodeString(in)
		fmt.Printf("%q -> %v %v\n", in, b, err)
		var ib hex.InvalidByteError
		if errors.As(err, &ib) {
			fmt.Printf("  invalid byte %d %q\n", byte(ib), ib.Error())
		}
		if err == hex.ErrLength {
			fmt.Println("  ErrLength")
		}
	}
	fmt.Println(hex.InvalidByteError('Z'), hex.InvalidByteError(0), hex.ErrLength)
	fmt.Printf("%v|%T\n", hex.InvalidByteError(200), hex.InvalidByteError(1))

	// Decode in place, as DecodeString does.
	buf := []byte("48656c6c6f")
	n, err = hex.Decode(buf, buf)
	fmt.Printf("%q %d %v\n", buf[:n], n, err)

	// Too small a destination panics as Go's does.
	defer func() { fmt.Println("recovered:", recover()) }()
	hex.Decode(make([]byte, 1), []byte("0102"))
}
