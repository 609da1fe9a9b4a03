package main

// Under GC stress, collect at every N-th allocation only: it works through every rune.
// gcstress: 200

// Package strings: case mapping (ToUpper, ToLower, ToTitle, Title, the Special forms),
// EqualFold and Map over every rune (they follow Go's Unicode 13 tables, not a newer
// Unicode), ToValidUTF8, Clone, Repeat and the Trim family.

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	// Every rune alone, through the string functions, against the rune functions.
	bad, h := 0, uint64(14695981039346656037)
	mix := func(s string) {
		for i := 0; i < len(s); i++ {
			h = (h ^ uint64(s[i])) * 1099511628211
		}
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r == 0xD800 {
			r = 0xE000
		}
		s := string(r)
		u, l, t := strings.ToUpper(s), strings.ToLower(s), strings.ToTitle(s)
		if u != string(unicode.ToUpper(r)) || l != string(unicode.ToLower(r)) || t != string(unicode.ToTitle(r)) {
			bad++
		}
		if !strings.EqualFold(s, string(unicode.SimpleFold(r))) || !strings.EqualFold(u, l) {
			bad++
		}
		if u != s {
			mix(u)
		}
		if l != s {
			mix(l)
		}
	}
	fmt.Println("mismatches:", bad, "hash", h)
	samples := []string{"", "hello, world", "HELLO", "héllo wörld", "ǆemal ǉubljana", "ß straße", "İstanbul ıi", "σίσυφος Σ",
		"a\xffb", "\xff", "ﬁ ﬀ", "ⓐⓑ", "𐐨𐐩", "don't stop_believing 3rd-place x.y", "ÿ", "Ǆ", "\u1e9e", "ᲀᲁ"}
	for _, s := range samples {
		fmt.Printf("%q %q %q %q\n", strings.ToUpper(s), strings.ToLower(s), strings.ToTitle(s), strings.Title(s))
		fmt.Printf("  tr %q %q %q\n", strings.ToUpperSpecial(unicode.TurkishCase, s), strings.ToLowerSpecial(unicode.TurkishCase, s),
			strings.ToTitleSpecial(unicode.AzeriCase, s))
	}
	// Map: dropping runes, growing, invalid bytes.
	rot := func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r == ' ':
			return -1
		case r == 'é':
			return '\U0001F600'
		}
		return r
	}
	for _, s := range []string{"hello world", "é", "a\xffb", "\uFFFD", "\xff", ""} {
		fmt.Printf("%q ", strings.Map(rot, s))
		fmt.Printf("%q ", strings.Map(func(r rune) rune { return r }, s))
		fmt.Printf("%q\n", strings.Map(func(r rune) rune { return unicode.ReplacementChar }, s))
	}
	// ToValidUTF8.
	for _, s := range []string{"", "abc", "a\xffb", "\xff\xfe\xfd", "a\xffb\xfec", "\xed\xa0\x80", "é\xc3", "\xf0\x9f\x98", "ok\uFFFD"} {
		fmt.Printf("%q %q %q\n", strings.ToValidUTF8(s, "?"), strings.ToValidUTF8(s, ""), strings.ToValidUTF8(s, "\uFFFD\uFFFD"))
	}
	// Clone and Repeat.
	c := strings.Clone("abc")
	fmt.Println(c, strings.Clone("") == "", len(strings.Clone("")))
	fmt.Printf("%q %q %q\n", strings.Repeat("ab", 3), strings.Repeat("", 5), strings.Repeat("x", 0))
	// Trim family.
	trims := []string{"", "  \t x y \n", "xxhixx", "\u3000 wide \u00a0", "abcba", "a\xffa", "\xff\xffa\xff", "ééaéé"}
	for _, s := range trims {
		fmt.Printf("%q %q %q %q %q\n", strings.TrimSpace(s), strings.Trim(s, "xa é"), strings.TrimLeft(s, "ax\xff"), strings.TrimRight(s, "ax\uFFFD"),
			strings.TrimFunc(s, unicode.IsLetter))
		fmt.Printf("  %q %q %q %q\n", strings.TrimLeftFunc(s, unicode.IsSpace), strings.TrimRightFunc(s, unicode.IsSpace),
			strings.TrimPrefix(s, "xx"), strings.TrimSuffix(s, "xx"))
	}
}
