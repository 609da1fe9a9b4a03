// Package strings: Builder (Go 1.19's builder.go), and bytesString, which Builder and the
// functions making strings from bytes use (lazy, as all of strings: a file is parsed, and a
// declaration joined, only when something names it).
package strings

import "unicode/utf8"

// bytesString is the string sharing b's bytes (runtime/src/pkg_strings.rs). Builder uses it
// as Go's uses unsafe: a Builder only ever appends after its length or replaces its buffer,
// so bytes a returned string shows are never written again.
func bytesString(b []byte) string

// A Builder builds a string with Write methods, copying as little as possible. The zero
// value is ready to use. A non-zero Builder must not be copied.
type Builder struct {
	addr *Builder // the receiver's own address once used, to detect copies by value
	buf  []byte
}

func (b *Builder) copyCheck() {
	if b.addr == nil {
		b.addr = b
	} else if b.addr != b {
		panic("strings: illegal use of non-zero Builder copied by value")
	}
}

// String returns the accumulated string.
func (b *Builder) String() string { return bytesString(b.buf) }

// Len returns the number of accumulated bytes.
func (b *Builder) Len() int { return len(b.buf) }

// Cap returns the capacity of the builder's buffer.
func (b *Builder) Cap() int { return cap(b.buf) }

// Reset resets the Builder to be empty.
func (b *Builder) Reset() {
	b.addr = nil
	b.buf = nil
}

// grow moves the contents to a new buffer of capacity 2*cap + n (Go's exact policy, which
// Cap shows).
func (b *Builder) grow(n int) {
	buf := make([]byte, len(b.buf), 2*cap(b.buf)+n)
	copy(buf, b.buf)
	b.buf = buf
}

// Grow makes room for at least n more bytes without another allocation.
func (b *Builder) Grow(n int) {
	b.copyCheck()
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		b.grow(n)
	}
}

// Write appends the contents of p; it always returns len(p), nil.
func (b *Builder) Write(p []byte) (int, error) {
	b.copyCheck()
	b.buf = append(b.buf, p...)
	return len(p), nil
}

// WriteByte appends the byte c; it always returns nil.
func (b *Builder) WriteByte(c byte) error {
	b.copyCheck()
	b.buf = append(b.buf, c)
	return nil
}

// WriteRune appends the UTF-8 encoding of r (RuneError's if r is invalid).
func (b *Builder) WriteRune(r rune) (int, error) {
	b.copyCheck()
	if uint32(r) < utf8.RuneSelf {
		b.buf = append(b.buf, byte(r))
		return 1, nil
	}
	// Encode in place, growing first by UTFMax the way Go does (Cap shows it).
	l := len(b.buf)
	if cap(b.buf)-l < utf8.UTFMax {
		b.grow(utf8.UTFMax)
	}
	n := utf8.EncodeRune(b.buf[l:l+utf8.UTFMax], r)
	b.buf = b.buf[:l+n]
	return n, nil
}

// WriteString appends the contents of s; it always returns len(s), nil.
func (b *Builder) WriteString(s string) (int, error) {
	b.copyCheck()
	b.buf = append(b.buf, s...)
	return len(s), nil
}
