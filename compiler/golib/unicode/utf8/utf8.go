// Package utf8: the parts of Go 1.19's unicode/utf8 that decode and encode, written for
// deferc in the defer language. RuneLen, RuneCountInString, ValidString, ValidRune and the
// constants (RuneError, RuneSelf, MaxRune, UTFMax) are implemented by the runtime (see
// native.go).
package utf8

// Surrogate halves are not valid runes on their own.
const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

// lead describes a first byte: the length of the sequence it starts (0: not a valid first
// byte of a multi-byte sequence) and the range the second byte must be in. The narrower
// ranges after E0, ED, F0 and F4 exclude overlong encodings, surrogates and runes above
// MaxRune, so every sequence accepted decodes to a valid rune.
func lead(c byte) (size int, lo, hi byte) {
	switch {
	case c < 0xC2:
		return 0, 0, 0
	case c <= 0xDF:
		return 2, 0x80, 0xBF
	case c == 0xE0:
		return 3, 0xA0, 0xBF
	case c == 0xED:
		return 3, 0x80, 0x9F
	case c <= 0xEF:
		return 3, 0x80, 0xBF
	case c == 0xF0:
		return 4, 0x90, 0xBF
	case c <= 0xF3:
		return 4, 0x80, 0xBF
	case c == 0xF4:
		return 4, 0x80, 0x8F
	}
	return 0, 0, 0
}

func cont(c byte) bool { return 0x80 <= c && c <= 0xBF }

// decode2, decode3 and decode4 assemble a checked sequence.
func decode2(c0, c1 byte) rune { return rune(c0&0x1F)<<6 | rune(c1&0x3F) }
func decode3(c0, c1, c2 byte) rune {
	return rune(c0&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F)
}
func decode4(c0, c1, c2, c3 byte) rune {
	return rune(c0&0x07)<<18 | rune(c1&0x3F)<<12 | rune(c2&0x3F)<<6 | rune(c3&0x3F)
}

// DecodeRune unpacks the first UTF-8 encoding in p and returns the rune and its width in
// bytes. It returns (RuneError, 0) for an empty p and (RuneError, 1) for an invalid or
// incomplete encoding.
func DecodeRune(p []byte) (r rune, size int) {
	n := len(p)
	if n < 1 {
		return RuneError, 0
	}
	c0 := p[0]
	if c0 < RuneSelf {
		return rune(c0), 1
	}
	sz, lo, hi := lead(c0)
	if sz == 0 || n < sz || p[1] < lo || hi < p[1] {
		return RuneError, 1
	}
	if sz == 2 {
		return decode2(c0, p[1]), 2
	}
	if !cont(p[2]) {
		return RuneError, 1
	}
	if sz == 3 {
		return decode3(c0, p[1], p[2]), 3
	}
	if !cont(p[3]) {
		return RuneError, 1
	}
	return decode4(c0, p[1], p[2], p[3]), 4
}

// DecodeRuneInString is DecodeRune for a string.
func DecodeRuneInString(s string) (r rune, size int) {
	n := len(s)
	if n < 1 {
		return RuneError, 0
	}
	c0 := s[0]
	if c0 < RuneSelf {
		return rune(c0), 1
	}
	sz, lo, hi := lead(c0)
	if sz == 0 || n < sz || s[1] < lo || hi < s[1] {
		return RuneError, 1
	}
	if sz == 2 {
		return decode2(c0, s[1]), 2
	}
	if !cont(s[2]) {
		return RuneError, 1
	}
	if sz == 3 {
		return decode3(c0, s[1], s[2]), 3
	}
	if !cont(s[3]) {
		return RuneError, 1
	}
	return decode4(c0, s[1], s[2], s[3]), 4
}

// FullRune reports whether p begins with a full UTF-8 encoding of a rune. An invalid
// encoding counts as full: it decodes as a width-1 error rune.
func FullRune(p []byte) bool {
	n := len(p)
	if n == 0 {
		return false
	}
	sz, lo, hi := lead(p[0])
	if p[0] < RuneSelf || sz == 0 || n >= sz {
		return true
	}
	// Too short: full only if what is there already cannot continue a valid sequence.
	if n > 1 && (p[1] < lo || hi < p[1]) {
		return true
	}
	return n > 2 && !cont(p[2])
}

// FullRuneInString is FullRune for a string.
func FullRuneInString(s string) bool {
	n := len(s)
	if n == 0 {
		return false
	}
	sz, lo, hi := lead(s[0])
	if s[0] < RuneSelf || sz == 0 || n >= sz {
		return true
	}
	if n > 1 && (s[1] < lo || hi < s[1]) {
		return true
	}
	return n > 2 && !cont(s[2])
}

// RuneStart reports whether b could be the first byte of an encoded rune.
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// DecodeLastRune unpacks the last UTF-8 encoding in p: (RuneError, 0) if p is empty,
// (RuneError, 1) if it does not end in a valid encoding.
func DecodeLastRune(p []byte) (r rune, size int) {
	end := len(p)
	if end == 0 {
		return RuneError, 0
	}
	start := end - 1
	if p[start] < RuneSelf {
		return rune(p[start]), 1
	}
	// Look back at most UTFMax bytes for a byte that can start a rune.
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	for start--; start >= lim; start-- {
		if RuneStart(p[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size = DecodeRune(p[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// DecodeLastRuneInString is DecodeLastRune for a string.
func DecodeLastRuneInString(s string) (r rune, size int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	start := end - 1
	if s[start] < RuneSelf {
		return rune(s[start]), 1
	}
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	for start--; start >= lim; start-- {
		if RuneStart(s[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size = DecodeRuneInString(s[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// EncodeRune writes the UTF-8 encoding of r into p (which must be large enough) and returns
// the number of bytes written. An invalid rune is written as RuneError.
func EncodeRune(p []byte, r rune) int {
	switch u := uint32(r); {
	case u < 0x80:
		p[0] = byte(r)
		return 1
	case u < 0x800:
		_ = p[1] // one bounds check, before anything is written, as Go's does
		p[0] = 0xC0 | byte(r>>6)
		p[1] = 0x80 | byte(r)&0x3F
		return 2
	case u > MaxRune, surrogateMin <= u && u <= surrogateMax:
		r = RuneError
		fallthrough
	case u < 0x10000:
		_ = p[2]
		p[0] = 0xE0 | byte(r>>12)
		p[1] = 0x80 | byte(r>>6)&0x3F
		p[2] = 0x80 | byte(r)&0x3F
		return 3
	default:
		_ = p[3]
		p[0] = 0xF0 | byte(r>>18)
		p[1] = 0x80 | byte(r>>12)&0x3F
		p[2] = 0x80 | byte(r>>6)&0x3F
		p[3] = 0x80 | byte(r)&0x3F
		return 4
	}
}

// AppendRune appends the UTF-8 encoding of r to the end of p and returns the extended
// buffer. An invalid rune is appended as RuneError.
func AppendRune(p []byte, r rune) []byte {
	if uint32(r) < RuneSelf {
		return append(p, byte(r))
	}
	var a [4]byte
	n := EncodeRune(a[:], r)
	return append(p, a[:n]...)
}

// RuneCount returns the number of runes in p; each invalid byte counts as one.
func RuneCount(p []byte) int {
	n := 0
	for i := 0; i < len(p); n++ {
		if p[i] < RuneSelf {
			i++
			continue
		}
		_, size := DecodeRune(p[i:])
		i += size
	}
	return n
}

// Valid reports whether p consists entirely of valid UTF-8-encoded runes.
func Valid(p []byte) bool {
	for i := 0; i < len(p); {
		if p[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRune(p[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}
