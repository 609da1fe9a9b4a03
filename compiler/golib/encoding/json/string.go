package json

// This file holds JSON string quoting: escaping of control characters, quotes
// and backslashes, optional HTML escaping, U+2028/U+2029 always escaped, and
// invalid UTF-8 replaced by \ufffd.

import "unicode/utf8"

// safeSet[c] reports whether ASCII byte c may appear unescaped in a JSON string;
// htmlSafeSet additionally excludes <, > and &.
var safeSet, htmlSafeSet = makeSafeSets()

func makeSafeSets() (safe, html [utf8.RuneSelf]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		if c == '"' || c == '\\' {
			continue
		}
		safe[c] = true
		html[c] = c != '<' && c != '>' && c != '&'
	}
	return
}

// appendEscapedASCII appends the escape sequence for an unsafe ASCII byte.
func appendEscapedASCII(dst []byte, b byte) []byte {
	switch b {
	case '\\', '"':
		return append(dst, '\\', b)
	case '\n':
		return append(dst, '\\', 'n')
	case '\r':
		return append(dst, '\\', 'r')
	case '\t':
		return append(dst, '\\', 't')
	}
	return append(dst, '\\', 'u', '0', '0', hexDigits[b>>4], hexDigits[b&0xF])
}

// appendStringString appends s as a quoted JSON string.
func appendStringString(dst []byte, s string, escapeHTML bool) []byte {
	dst = append(dst, '"')
	set := &safeSet
	if escapeHTML {
		set = &htmlSafeSet
	}
	start := 0
	for i := 0; i < len(s); {
		if b := s[i]; b < utf8.RuneSelf {
			if set[b] {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			dst = appendEscapedASCII(dst, b)
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		if c == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i++
			start = i
			continue
		}
		if c == '\u2028' || c == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[c&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// appendString appends s as a quoted JSON string.
func appendString(dst []byte, s []byte, escapeHTML bool) []byte {
	dst = append(dst, '"')
	set := &safeSet
	if escapeHTML {
		set = &htmlSafeSet
	}
	start := 0
	for i := 0; i < len(s); {
		if b := s[i]; b < utf8.RuneSelf {
			if set[b] {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			dst = appendEscapedASCII(dst, b)
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRune(s[i:])
		if c == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i++
			start = i
			continue
		}
		if c == '\u2028' || c == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[c&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}
