package main

// Under GC stress, collect at every N-th allocation only: it works through every rune.
// gcstress: 20

// Package unicode/utf16: encoding and decoding, surrogates, invalid input, and the lengths
// and capacities of the results.

import (
	"fmt"
	"unicode/utf16"
)

func main() {
	rs := []rune{'a', 'é', '中', 0xFFFD, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF, 0xD800, 0xDFFF, -1, 0x110000, 0}
	enc := utf16.Encode(rs)
	fmt.Println(len(enc), cap(enc))
	fmt.Printf("%04x\n", enc)
	dec := utf16.Decode(enc)
	fmt.Println(len(dec), cap(dec))
	fmt.Printf("%U\n", dec)
	for _, r := range rs {
		r1, r2 := utf16.EncodeRune(r)
		fmt.Printf("%U: surrogate=%v pair=%04x,%04x back=%U\n", r, utf16.IsSurrogate(r), r1, r2, utf16.DecodeRune(r1, r2))
	}
	// Unpaired and misordered surrogates.
	bad := []uint16{0xD800, 'x', 0xDC00, 0xD800, 0xD800, 0xDC01, 0xDBFF, 0xDFFF, 0xD83D}
	d := utf16.Decode(bad)
	fmt.Println(len(d), cap(d))
	fmt.Printf("%U\n", d)
	fmt.Println(utf16.DecodeRune(0xDC00, 0xD800), utf16.DecodeRune('a', 'b'), utf16.DecodeRune(0xD800, 0xDC00))
	fmt.Println(utf16.Encode(nil) == nil, len(utf16.Encode(nil)), utf16.Decode(nil) == nil, len(utf16.Decode([]uint16{})))
	// Round trip of every valid rune.
	n, sum := 0, 0
	for r := rune(0); r <= 0x10FFFF; r += 7 {
		if utf16.IsSurrogate(r) {
			continue
		}
		e := utf16.Encode([]rune{r})
		back := utf16.Decode(e)
		if len(back) != 1 || back[0] != r {
			fmt.Println("round trip fails for", r)
		}
		n++
		sum += len(e)
	}
	fmt.Println(n, sum)
	for _, r := range []rune{0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000} {
		fmt.Print(utf16.IsSurrogate(r), " ")
	}
	fmt.Println()
}
