package main

// Package strings: searching. Index and its relatives on empty strings, invalid UTF-8,
// U+FFFD, long strings and separators, and the rune-class functions.

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	long := strings.Repeat("abcdefgh", 40) + "needle" + strings.Repeat("xy", 50) + "needle!"
	subs := []string{"", "a", "ab", "needle", "needle!", "zz", "\xff", "\uFFFD", "é", long[100:140]}
	strs := []string{"", "a", "abcabc", "héllo wörld", "a\xffb\uFFFDc", "\xff\xfe", long, "ééé", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaab"}
	for _, s := range strs {
		for _, sub := range subs {
			fmt.Print(strings.Index(s, sub), strings.LastIndex(s, sub), strings.Count(s, sub),
				strings.Contains(s, sub), strings.HasPrefix(s, sub), strings.HasSuffix(s, sub), strings.Compare(s, sub), " ")
		}
		fmt.Println()
		for _, chars := range []string{"", "a", "xyz", "éö", "\xff", "\uFFFD", "bl", "abcdefghijklmnop"} {
			fmt.Print(strings.IndexAny(s, chars), strings.LastIndexAny(s, chars), strings.ContainsAny(s, chars), " ")
		}
		fmt.Println()
		for _, r := range []rune{'a', 'é', 0xFFFD, -1, 0xD800, 0x10FFFF + 1, 'c', '!'} {
			fmt.Print(strings.IndexRune(s, r), strings.ContainsRune(s, r), " ")
		}
		fmt.Println()
		for _, c := range []byte{'a', 0xff, '!', 'c', 0} {
			fmt.Print(strings.IndexByte(s, c), strings.LastIndexByte(s, c), " ")
		}
		fmt.Println()
		fmt.Println(strings.IndexFunc(s, unicode.IsUpper), strings.IndexFunc(s, unicode.IsSpace), strings.LastIndexFunc(s, unicode.IsLetter),
			strings.IndexFunc(s, func(r rune) bool { return r == utf8RuneError }), strings.LastIndexFunc(s, func(r rune) bool { return r >= 0x80 }))
	}
	// Cut.
	for _, c := range [][2]string{{"key=value", "="}, {"key", "="}, {"a==b", "=="}, {"", ""}, {"abc", ""}, {"abc", "c"}} {
		before, after, found := strings.Cut(c[0], c[1])
		fmt.Printf("%q %q %v\n", before, after, found)
	}
	// EqualFold across the Unicode folding orbits.
	for _, p := range [][2]string{{"Go", "GO"}, {"σ", "ς"}, {"Σ", "ς"}, {"k", "K"}, {"K", "k"}, {"ß", "ẞ"}, {"ß", "ss"}, {"ǅ", "ǆ"}, {"İ", "i"}, {"ı", "I"},
		{"a\xff", "A\xff"}, {"\xff", "\uFFFD"}, {"abc", "abcd"}, {"", ""}, {"ÀÉÎ", "àéî"}, {"ΩΜΕΓΑ", "ωμεγα"}, {"\u212b", "å"}} {
		fmt.Print(strings.EqualFold(p[0], p[1]), " ")
	}
	fmt.Println()
}

const utf8RuneError = '\uFFFD'
