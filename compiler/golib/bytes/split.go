// Package bytes: Go 1.19's Split, SplitN, SplitAfter, SplitAfterN, Fields, FieldsFunc and
// Join (joined only when a program names one of them).
package bytes

import "unicode/utf8"

// explode splits s into at most n slices of one UTF-8 sequence each (full capacity-limited
// slices of s), the last holding the rest.
func explode(s []byte, n int) [][]byte {
	if n <= 0 || n > len(s) {
		n = len(s)
	}
	a := make([][]byte, n)
	na := 0
	for len(s) > 0 {
		if na+1 >= n {
			a[na] = s
			na++
			break
		}
		_, size := utf8.DecodeRune(s)
		a[na] = s[0:size:size]
		s = s[size:]
		na++
	}
	return a[0:na]
}

// genSplit splits s at each instance of sep, keeping sepSave bytes of the separator in each
// piece, into at most n pieces (all if n < 0; nil if n == 0). The pieces but the last have
// their length as their capacity.
func genSplit(s, sep []byte, sepSave, n int) [][]byte {
	if n == 0 {
		return nil
	}
	if len(sep) == 0 {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	a := make([][]byte, n)
	n--
	i := 0
	for i < n {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		a[i] = s[: m+sepSave : m+sepSave]
		s = s[m+len(sep):]
		i++
	}
	a[i] = s
	return a[:i+1]
}

// SplitN slices s into subslices separated by sep: at most n of them (all if n < 0, nil if
// n == 0), the last one the unsplit remainder.
func SplitN(s, sep []byte, n int) [][]byte { return genSplit(s, sep, 0, n) }

// SplitAfterN slices s into subslices after each instance of sep: at most n of them.
func SplitAfterN(s, sep []byte, n int) [][]byte { return genSplit(s, sep, len(sep), n) }

// Split slices s into all subslices separated by sep; an empty sep splits after each UTF-8
// sequence.
func Split(s, sep []byte) [][]byte { return genSplit(s, sep, 0, -1) }

// SplitAfter slices s into all subslices after each instance of sep.
func SplitAfter(s, sep []byte) [][]byte { return genSplit(s, sep, len(sep), -1) }

// Fields splits s around each run of white space (unicode.IsSpace), returning subslices of s
// (each with its length as capacity), or an empty slice if s holds only white space.
func Fields(s []byte) [][]byte {
	// Count the fields first (an ASCII-only s is the common case).
	n := 0
	wasSpace := true
	ascii := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		space := isASCIISpace(c)
		if wasSpace && !space {
			n++
		}
		wasSpace = space
	}
	if !ascii {
		return FieldsFunc(s, isSpaceRune)
	}
	a := make([][]byte, n)
	na := 0
	i := 0
	for i < len(s) && isASCIISpace(s[i]) {
		i++
	}
	start := i
	for i < len(s) {
		if !isASCIISpace(s[i]) {
			i++
			continue
		}
		a[na] = s[start:i:i]
		na++
		i++
		for i < len(s) && isASCIISpace(s[i]) {
			i++
		}
		start = i
	}
	if start < len(s) {
		a[na] = s[start:len(s):len(s)]
	}
	return a
}

// FieldsFunc splits s at each run of code points c satisfying f(c), returning subslices of s
// (each with its length as capacity). f is called once per code point, in order.
func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	type span struct{ start, end int }
	spans := make([]span, 0, 32)
	start := -1 // the start of the current field, or -1 between fields
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(s[i:])
		}
		if f(r) {
			if start >= 0 {
				spans = append(spans, span{start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		spans = append(spans, span{start, len(s)})
	}
	a := make([][]byte, len(spans))
	for i, sp := range spans {
		a[i] = s[sp.start:sp.end:sp.end]
	}
	return a
}

// Join concatenates the elements of s with sep between them into a new byte slice.
func Join(s [][]byte, sep []byte) []byte {
	if len(s) == 0 {
		return []byte{}
	}
	if len(s) == 1 {
		return append([]byte(nil), s[0]...)
	}
	n := len(sep) * (len(s) - 1)
	for _, v := range s {
		n += len(v)
	}
	b := make([]byte, n)
	bp := copy(b, s[0])
	for _, v := range s[1:] {
		bp += copy(b[bp:], sep)
		bp += copy(b[bp:], v)
	}
	return b
}
