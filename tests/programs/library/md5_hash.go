// crypto/md5: Sum, New with Write in pieces around block boundaries, Sum appending, Reset,
// Size/BlockSize, and the state's MarshalBinary / UnmarshalBinary (RFC 1321's test suite).
package main

import (
	"crypto/md5"
	"encoding"
	"fmt"
	"io"
	"strings"
)

func main() {
	fmt.Println(md5.Size, md5.BlockSize)
	for _, s := range []string{"", "a", "abc", "message digest", "abcdefghijklmnopqrstuvwxyz",
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
		"12345678901234567890123456789012345678901234567890123456789012345678901234567890"} {
		fmt.Printf("%x %q\n", md5.Sum([]byte(s)), s)
	}
	for _, n := range []int{55, 56, 57, 63, 64, 65, 127, 128, 129, 1000} {
		b := []byte(strings.Repeat("0123456789", 100)[:n])
		s := md5.Sum(b)
		h := md5.New()
		for i := 0; i < n; i += 10 {
			j := i + 10
			if j > n {
				j = n
			}
			h.Write(b[i:j])
		}
		fmt.Printf("%4d %x %v\n", n, s, string(h.Sum(nil)) == string(s[:]))
	}
	h := md5.New()
	fmt.Printf("%T %d %d %x\n", h, h.Size(), h.BlockSize(), h.Sum(nil))
	io.WriteString(h, "The fog is getting thicker!")
	fmt.Printf("%x\n", h.Sum([]byte("prefix")))
	io.WriteString(h, "And Leon's getting laaarger!")
	fmt.Printf("%x\n", h.Sum(nil))
	st, err := h.(encoding.BinaryMarshaler).MarshalBinary()
	fmt.Printf("%x %v\n", st, err)
	h.Reset()
	fmt.Printf("%x\n", h.Sum(nil))
	fmt.Println(h.(encoding.BinaryUnmarshaler).UnmarshalBinary(st))
	fmt.Printf("%x\n", h.Sum(nil))
	fmt.Println(h.(encoding.BinaryUnmarshaler).UnmarshalBinary(st[1:]))
	fmt.Println(h.(encoding.BinaryUnmarshaler).UnmarshalBinary(st[:20]))
}
