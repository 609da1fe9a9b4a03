// Package unicode/utf8's decoding and encoding functions written in Go, over every first
// byte and the boundary second bytes, truncated sequences, and invalid runes.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	// Every first byte with each interesting second byte, complete and truncated.
	seconds := []byte{0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0}
	sum, count := 0, 0
	for b0 := 0; b0 < 256; b0++ {
		for _, b1 := range seconds {
			full := []byte{byte(b0), b1, 0x80, 0xBF}
			for n := 0; n <= len(full); n++ {
				p := full[:n]
				r, size := utf8.DecodeRune(p)
				rs, ss := utf8.DecodeRuneInString(string(p))
				lr, ls := utf8.DecodeLastRune(p)
				lrs, lss := utf8.DecodeLastRuneInString(string(p))
				if r != rs || size != ss || lr != lrs || ls != lss || utf8.FullRune(p) != utf8.FullRuneInString(string(p)) {
					fmt.Printf("% x: string and slice versions differ\n", p)
				}
				sum = sum*31 + int(r)*7 + size*3 + int(lr)*5 + ls
				sum %= 1000000007
				if utf8.FullRune(p) {
					count++
				}
				if utf8.Valid(p) {
					count += 2
				}
				count += utf8.RuneCount(p)
				if b1 == 0x80 && n == 2 && b0 >= 0xC0 && b0%8 == 0 {
					fmt.Printf("% x: %U %d last %U %d full %v valid %v count %d\n", p, r, size, lr, ls, utf8.FullRune(p), utf8.Valid(p), utf8.RuneCount(p))
				}
			}
		}
	}
	fmt.Println("checksum", sum, count)

	for _, s := range []string{"", "a", "é", "世", "𝄞", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xc0\xaf", "\xe0\x80\xaf", "a\xffb", "世界\xe4\xb8"} {
		r, size := utf8.DecodeRuneInString(s)
		lr, ls := utf8.DecodeLastRuneInString(s)
		fmt.Printf("%q: first %U/%d last %U/%d count %d valid %v full %v\n", s, r, size, lr, ls,
			utf8.RuneCountInString(s), utf8.ValidString(s), utf8.FullRuneInString(s))
	}
	for _, r := range []rune{0, 'a', 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xD800, 0xDFFF, 0xE000, 0xFFFF, 0x10000, 0x10FFFF, 0x110000, -1} {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("%X: % x len %d runelen %d valid %v\n", r, buf[:n], n, utf8.RuneLen(r), utf8.ValidRune(r))
	}
	b := utf8.AppendRune(nil, 'x')
	b = utf8.AppendRune(b, '世')
	b = utf8.AppendRune(b, 0xD800)
	fmt.Printf("%q %d %v\n", b, utf8.RuneCount(b), utf8.Valid(b))
	fmt.Println(utf8.RuneStart('a'), utf8.RuneStart(0x80), utf8.RuneStart(0xC3), utf8.RuneError, utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune)
	defer func() { fmt.Println("recovered:", recover()) }()
	utf8.EncodeRune(make([]byte, 2), '世')
}
