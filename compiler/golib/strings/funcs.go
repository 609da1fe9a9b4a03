// Package strings: the functions of Go 1.19's strings package added around the runtime's
// (lazy, like strings.go: a program compiles only those it names). They are written over the
// runtime's Index, Count and IndexRune and package unicode, as Go's are.
package strings

import (
	"unicode"
	"unicode/utf8"
)

// Clone returns a fresh copy of s.
func Clone(s string) string {
	if len(s) == 0 {
		return ""
	}
	b := make([]byte, len(s))
	copy(b, s)
	return bytesString(b)
}

// LastIndexByte returns the index of the last instance of c in s, or -1.
func LastIndexByte(s string, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// LastIndexAny returns the index of the last code point of s that is in chars, or -1. An
// invalid byte of s matches a U+FFFD of chars, as in Go.
func LastIndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		if IndexRune(chars, r) >= 0 {
			return i
		}
	}
	return -1
}

// explodeN splits s into at most n UTF-8 sequences (all if n < 0); an invalid byte becomes
// "\uFFFD", except in the last piece, which is the rest of s as it is.
func explodeN(s string, n int) []string {
	l := utf8.RuneCountInString(s)
	if n < 0 || n > l {
		n = l
	}
	a := make([]string, n)
	for i := 0; i < n-1; i++ {
		ch, size := utf8.DecodeRuneInString(s)
		a[i] = s[:size]
		s = s[size:]
		if ch == utf8.RuneError {
			a[i] = string(utf8.RuneError)
		}
	}
	if n > 0 {
		a[n-1] = s
	}
	return a
}

// splitAfter is Go's genSplit keeping each separator: the result's capacity is the count
// it was sized for, as Go's is.
func splitAfter(s, sep string, n int) []string {
	if n == 0 {
		return nil
	}
	if sep == "" {
		return explodeN(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	a := make([]string, n)
	n--
	i := 0
	for i < n {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		a[i] = s[:m+len(sep)]
		s = s[m+len(sep):]
		i++
	}
	a[i] = s
	return a[:i+1]
}

// SplitAfter slices s into all substrings after each instance of sep.
func SplitAfter(s, sep string) []string {
	return splitAfter(s, sep, -1)
}

// SplitAfterN slices s into at most n substrings after each instance of sep (n < 0: all;
// n == 0: nil).
func SplitAfterN(s, sep string, n int) []string {
	return splitAfter(s, sep, n)
}

// ToTitle returns s with all letters mapped to their title case.
func ToTitle(s string) string { return Map(unicode.ToTitle, s) }

// ToUpperSpecial returns s with all letters mapped to upper case by c.
func ToUpperSpecial(c unicode.SpecialCase, s string) string {
	return Map(c.ToUpper, s)
}

// ToLowerSpecial returns s with all letters mapped to lower case by c.
func ToLowerSpecial(c unicode.SpecialCase, s string) string {
	return Map(c.ToLower, s)
}

// ToTitleSpecial returns s with all letters mapped to title case by c.
func ToTitleSpecial(c unicode.SpecialCase, s string) string {
	return Map(c.ToTitle, s)
}

// ToValidUTF8 returns s with each run of invalid UTF-8 bytes replaced by replacement.
func ToValidUTF8(s, replacement string) string {
	var b []byte
	invalid := false // the previous byte belonged to an invalid sequence
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if b != nil {
				b = append(b, c)
			}
			i++
			invalid = false
			continue
		}
		_, wid := utf8.DecodeRuneInString(s[i:])
		if wid == 1 {
			if b == nil {
				b = make([]byte, 0, len(s)+len(replacement))
				b = append(b, s[:i]...)
			}
			i++
			if !invalid {
				invalid = true
				b = append(b, replacement...)
			}
			continue
		}
		if b != nil {
			b = append(b, s[i:i+wid]...)
		}
		i += wid
		invalid = false
	}
	if b == nil {
		return s
	}
	return bytesString(b)
}

// isSeparator reports whether r could mark a word boundary for Title: not an ASCII
// letter, digit or '_', nor another letter or digit, but a space.
func isSeparator(r rune) bool {
	if r <= 0x7F {
		switch {
		case '0' <= r && r <= '9', 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z', r == '_':
			return false
		}
		return true
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}

// Title returns s with each letter that begins a word mapped to its title case.
//
// Deprecated: its word boundaries ignore Unicode punctuation.
func Title(s string) string {
	prev := ' '
	return Map(
		func(r rune) rune {
			if isSeparator(prev) {
				prev = r
				return unicode.ToTitle(r)
			}
			prev = r
			return r
		},
		s)
}
