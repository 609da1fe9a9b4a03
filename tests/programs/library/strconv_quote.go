package main

// Package strconv: quoting. Quote, QuoteToASCII, QuoteToGraphic and their Rune and Append
// forms (the appended slices' capacities too), CanBackquote, and IsPrint and IsGraphic over
// every rune.

import (
	"fmt"
	"strconv"
	"unicode"
)

func main() {
	strs := []string{"", "hello", "tab\there", "quote\"s and \\ and '", "héllo 世界", "\x00\x01\x7f\x80\xff",
		"\u00a0\u2000\u3000\u200b\ufeff", "\U0001F600 \U0010FFFF \uFFFD", "a\nb\rc\vd\fe\af\bg", "`raw`", "\u0301\u202e", "\xed\xa0\x80"}
	for _, s := range strs {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.CanBackquote(s))
		for _, dst := range [][]byte{nil, []byte("pre:"), make([]byte, 2, 64)} {
			a := strconv.AppendQuote(dst, s)
			b := strconv.AppendQuoteToASCII(dst, s)
			c := strconv.AppendQuoteToGraphic(dst, s)
			fmt.Printf("  %q %d/%d %q %d/%d %q %d/%d\n", a, len(a), cap(a), b, len(b), cap(b), c, len(c), cap(c))
		}
	}
	runes := []rune{'a', '\'', '"', '\\', '\n', 0, 0x7f, 0x80, 0xa0, 'é', 0x2028, 0x3000, 0xfeff, 0xFFFD, 0x1F600, 0x10FFFF, 0xD800, -1, 0x110000, 0x0301, 0xE000}
	for _, r := range runes {
		fmt.Println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.QuoteRuneToGraphic(r), strconv.IsPrint(r), strconv.IsGraphic(r))
		a := strconv.AppendQuoteRune(nil, r)
		b := strconv.AppendQuoteRuneToASCII([]byte("r="), r)
		c := strconv.AppendQuoteRuneToGraphic(make([]byte, 0, 3), r)
		fmt.Printf("  %q %d/%d %q %d/%d %q %d/%d\n", a, len(a), cap(a), b, len(b), cap(b), c, len(c), cap(c))
	}
	for _, s := range []string{"", "`", "a\tb", "a\nb", "\ufeff", "a\xffb", "\x7f", "plain text", "\u2028"} {
		fmt.Print(strconv.CanBackquote(s), " ")
	}
	fmt.Println()
	// IsPrint and IsGraphic of every rune, against package unicode's.
	np, ng, differ := 0, 0, 0
	h := uint64(14695981039346656037)
	for r := rune(-2); r <= unicode.MaxRune+2; r++ {
		p, g := strconv.IsPrint(r), strconv.IsGraphic(r)
		if p {
			np++
		}
		if g {
			ng++
		}
		if p != unicode.IsPrint(r) || g != unicode.IsGraphic(r) {
			differ++
		}
		if p != g {
			h = (h ^ uint64(r)) * 1099511628211
		}
	}
	fmt.Println(np, ng, differ, h)
}
