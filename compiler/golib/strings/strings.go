// Package strings: the functions of Go 1.19's strings package written in Go for deferc
// (Repeat, Cut, Map and the functions taking a func argument); builder.go, reader.go,
// funcs.go and replace.go have the rest, and native.go declares the functions the runtime
// implements (runtime/src/pkg_strings.rs). All of the package's files are lazy
// (loader/lazy.rs): a program parses and compiles only what it names.
package strings

import "unicode/utf8"

// Repeat returns count copies of s; it panics if count is negative or the result's length
// overflows an int.
func Repeat(s string, count int) string {
	if count == 0 {
		return ""
	}
	if count < 0 {
		panic("strings: negative Repeat count")
	}
	if len(s)*count/count != len(s) {
		panic("strings: Repeat count causes overflow")
	}
	n := len(s) * count
	// One allocation of the final size (a too large one panics in make, as Go's does), then
	// doubling copies.
	b := make([]byte, 0, n)
	b = append(b, s...)
	for len(b) < n {
		k := len(b)
		if k > n-k {
			k = n - k
		}
		b = append(b, b[:k]...)
	}
	return bytesString(b)
}

// Cut slices s around the first instance of sep: (before, after, true), or (s, "", false)
// if sep does not occur.
func Cut(s, sep string) (before, after string, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// Map returns s with every rune replaced by mapping's result for it; a negative result
// drops the rune. mapping is called once per rune, in order; if it changes nothing, s itself
// is returned (invalid bytes then stay as they are).
func Map(mapping func(rune) rune, s string) string {
	// Find the first rune that changes: it decides whether a new string is needed at all.
	for i, c := range s {
		r := mapping(c)
		if r == c && c != utf8.RuneError {
			continue
		}
		width := 1
		if c == utf8.RuneError {
			// A real U+FFFD (3 bytes) kept as itself is no change; an invalid byte is one
			// even if mapped to RuneError, because the output encodes RuneError.
			_, width = utf8.DecodeRuneInString(s[i:])
			if width != 1 && r == c {
				continue
			}
		} else {
			width = utf8.RuneLen(c)
		}
		b := make([]byte, 0, len(s)+utf8.UTFMax)
		b = append(b, s[:i]...)
		if r >= 0 {
			b = utf8.AppendRune(b, r)
		}
		for _, c := range s[i+width:] {
			if r := mapping(c); r >= 0 {
				b = utf8.AppendRune(b, r)
			}
		}
		return string(b)
	}
	return s
}

// FieldsFunc splits s around each run of runes for which f is true; f is called once per
// rune, in order. The result is never nil and its capacity is its length, as in Go.
func FieldsFunc(s string, f func(rune) bool) []string {
	var spans [][2]int // the fields' [start, end) in s
	start := -1        // start of the current field, or -1 between fields
	for i, r := range s {
		if f(r) {
			if start >= 0 {
				spans = append(spans, [2]int{start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		spans = append(spans, [2]int{start, len(s)})
	}
	fields := make([]string, len(spans))
	for i, sp := range spans {
		fields[i] = s[sp[0]:sp[1]]
	}
	return fields
}

// IndexFunc returns the index of the first rune satisfying f, or -1.
func IndexFunc(s string, f func(rune) bool) int {
	for i, r := range s {
		if f(r) {
			return i
		}
	}
	return -1
}

// LastIndexFunc returns the index of the last rune satisfying f, or -1.
func LastIndexFunc(s string, f func(rune) bool) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[0:i])
		i -= size
		if f(r) {
			return i
		}
	}
	return -1
}

// TrimLeftFunc returns s without its leading runes satisfying f.
func TrimLeftFunc(s string, f func(rune) bool) string {
	for i, r := range s {
		if !f(r) {
			return s[i:]
		}
	}
	return ""
}

// TrimRightFunc returns s without its trailing runes satisfying f.
func TrimRightFunc(s string, f func(rune) bool) string {
	i := len(s)
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[0:i])
		if !f(r) {
			break
		}
		i -= size
	}
	return s[:i]
}

// TrimFunc returns s without its leading and trailing runes satisfying f.
func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}
