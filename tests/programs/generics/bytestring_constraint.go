// Type parameters constrained by ~string | ~[]byte (no core type, "bytestring" rules): len, indexing, slicing, append(b, s...), copy, conversions.
package main

import (
	"bytes"
	"fmt"
	"strings"
)

type ByteSeq interface {
	~string | ~[]byte
}

func CountByte[T ByteSeq](s T, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

func TrimPrefix[T ByteSeq](s T, prefix string) T {
	if len(s) >= len(prefix) && string(s[:len(prefix)]) == prefix {
		return s[len(prefix):]
	}
	return s
}

func AppendTo[T ByteSeq](dst []byte, parts ...T) []byte {
	for _, p := range parts {
		dst = append(dst, p...)
		dst = append(dst, ',')
	}
	return dst
}

func CopyInto[T ByteSeq](s T) ([]byte, int) {
	buf := make([]byte, 4)
	n := copy(buf, s)
	return buf, n
}

func Upper[T ByteSeq](s T) T {
	return T(strings.ToUpper(string(s)))
}

func HasDigit[T ByteSeq](s T) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

func Equal[A, B ByteSeq](a A, b B) bool {
	return bytes.Equal([]byte(a), []byte(b))
}

type Token string
type Raw []byte

func main() {
	fmt.Println(CountByte("banana", 'a'), CountByte([]byte("banana"), 'n'), CountByte(Token("x"), 'y'))

	fmt.Println(TrimPrefix("prefix-body", "prefix-"))
	fb := TrimPrefix([]byte("prefix-body"), "prefix-")
	fmt.Printf("%s %T\n", fb, fb)
	rt := TrimPrefix(Raw("nope"), "prefix")
	fmt.Printf("%s %T\n", rt, rt)

	out := AppendTo(nil, "a", "bc")
	out = AppendTo(out, []byte("d"))
	out = AppendTo(out, Token("tok"))
	fmt.Println(string(out))

	b, n := CopyInto("hello")
	fmt.Println(b, n)
	b, n = CopyInto(Raw{1, 2})
	fmt.Println(b, n)

	fmt.Println(Upper("abc"), string(Upper([]byte("xyz"))))
	u := Upper(Token("tok"))
	fmt.Printf("%v %T\n", u, u)

	fmt.Println(HasDigit("abc"), HasDigit([]byte("a1")), HasDigit(Token("")))
	fmt.Println(Equal("ab", []byte("ab")), Equal(Raw("x"), Token("y")), Equal("", []byte(nil)))
}
