// Package bytes: Go 1.19's functions on byte slices. Searching runs the runtime's string
// routines on string views of the slices (no copy: the views never outlive the call), so it
// is as fast as package strings; everything that returns slices is Go code with Go's exact
// results: which subslices (and their capacities) come back, nil versus empty, and the
// capacity of new slices. Case mapping and spaces use the runtime's Unicode tables (the same
// as package strings'). This file holds the searching functions every program importing bytes
// gets; split.go, map.go, trim.go, buffer.go, reader.go and unicode.go (what needs package
// unicode) are joined only when a program names what they declare (loader::golib).
package bytes

import "unicode/utf8"

// Views of byte slices as strings for the runtime's string routines (runtime/src/
// pkg_strings.rs, reached through codegen::runtime_abi::intrinsic_alias).
func bytesString(b []byte) string
func indexString(s, sep string) int
func lastIndexString(s, sep string) int
func indexByteString(s string, c byte) int
func indexRuneString(s string, r rune) int
func indexAnyString(s, chars string) int
func countString(s, sep string) int
func equalFoldString(s, t string) bool

// Unicode's simple case mappings and white space, rune by rune (package unicode's runtime
// entries, aliased in codegen::runtime_abi).
func toUpperRune(r rune) rune
func toLowerRune(r rune) rune
func isSpaceRune(r rune) bool

// Equal reports whether a and b are the same length and contain the same bytes. A nil
// argument is equivalent to an empty slice.
func Equal(a, b []byte) bool { return bytesString(a) == bytesString(b) }

// Compare returns an integer comparing two byte slices lexicographically: 0 if a == b, -1 if
// a < b, and +1 if a > b. A nil argument is equivalent to an empty slice.
func Compare(a, b []byte) int {
	sa, sb := bytesString(a), bytesString(b)
	if sa == sb {
		return 0
	}
	if sa < sb {
		return -1
	}
	return 1
}

// Index returns the index of the first instance of sep in s, or -1 if sep is not present in s.
func Index(s, sep []byte) int { return indexString(bytesString(s), bytesString(sep)) }

// LastIndex returns the index of the last instance of sep in s, or -1 if sep is not present
// in s.
func LastIndex(s, sep []byte) int { return lastIndexString(bytesString(s), bytesString(sep)) }

// IndexByte returns the index of the first instance of c in b, or -1 if c is not present in b.
func IndexByte(b []byte, c byte) int { return indexByteString(bytesString(b), c) }

// LastIndexByte returns the index of the last instance of c in s, or -1 if c is not present
// in s.
func LastIndexByte(s []byte, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// IndexRune returns the byte index of the first occurrence in s of the given rune, or -1. If
// r is utf8.RuneError, it returns the first instance of any invalid UTF-8 byte sequence.
func IndexRune(s []byte, r rune) int { return indexRuneString(bytesString(s), r) }

// IndexAny returns the byte index of the first occurrence in s of any of the Unicode code
// points in chars, or -1.
func IndexAny(s []byte, chars string) int { return indexAnyString(bytesString(s), chars) }

// LastIndexAny returns the byte index of the last occurrence in s of any of the Unicode code
// points in chars, or -1. An invalid byte of s matches an invalid byte or U+FFFD in chars.
func LastIndexAny(s []byte, chars string) int {
	if chars == "" {
		return -1
	}
	for i := len(s); i > 0; {
		r, size := rune(s[i-1]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeLastRune(s[:i])
		}
		i -= size
		if indexRuneString(chars, r) >= 0 {
			return i
		}
	}
	return -1
}

// Count counts the number of non-overlapping instances of sep in s (the number of code points
// plus one if sep is empty).
func Count(s, sep []byte) int { return countString(bytesString(s), bytesString(sep)) }

// Contains reports whether subslice is within b.
func Contains(b, subslice []byte) bool { return Index(b, subslice) != -1 }

// ContainsAny reports whether any of the UTF-8-encoded code points in chars are within b.
func ContainsAny(b []byte, chars string) bool { return IndexAny(b, chars) >= 0 }

// ContainsRune reports whether the rune is contained in the UTF-8-encoded byte slice b.
func ContainsRune(b []byte, r rune) bool { return IndexRune(b, r) >= 0 }

// EqualFold reports whether s and t, interpreted as UTF-8 strings, are equal under simple
// Unicode case-folding.
func EqualFold(s, t []byte) bool { return equalFoldString(bytesString(s), bytesString(t)) }

// HasPrefix tests whether the byte slice s begins with prefix.
func HasPrefix(s, prefix []byte) bool {
	return len(s) >= len(prefix) && Equal(s[:len(prefix)], prefix)
}

// HasSuffix tests whether the byte slice s ends with suffix.
func HasSuffix(s, suffix []byte) bool {
	return len(s) >= len(suffix) && Equal(s[len(s)-len(suffix):], suffix)
}

// IndexFunc returns the byte index in s of the first code point satisfying f, or -1.
func IndexFunc(s []byte, f func(r rune) bool) int { return indexFunc(s, f, true) }

// LastIndexFunc returns the byte index in s of the last code point satisfying f, or -1.
func LastIndexFunc(s []byte, f func(r rune) bool) int { return lastIndexFunc(s, f, true) }

// indexFunc is the index of the first code point for which f returns truth, or -1.
func indexFunc(s []byte, f func(r rune) bool, truth bool) int {
	for i := 0; i < len(s); {
		r, wid := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, wid = utf8.DecodeRune(s[i:])
		}
		if f(r) == truth {
			return i
		}
		i += wid
	}
	return -1
}

// lastIndexFunc is the index of the last code point for which f returns truth, or -1.
func lastIndexFunc(s []byte, f func(r rune) bool, truth bool) int {
	for i := len(s); i > 0; {
		r, size := rune(s[i-1]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeLastRune(s[:i])
		}
		i -= size
		if f(r) == truth {
			return i
		}
	}
	return -1
}

// Cut slices s around the first instance of sep, returning the text before and after sep and
// true; or s, nil, false if sep does not appear. The results are slices of s, not copies.
func Cut(s, sep []byte) (before, after []byte, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}

// isASCIISpace reports whether c is one of Go's ASCII white space bytes.
func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}
