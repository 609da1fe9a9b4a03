// Package hex: Go 1.19's encoding/hex, all of it (EncodedLen, Encode, EncodeToString,
// DecodedLen, Decode, DecodeString, Dump, Dumper, NewEncoder, NewDecoder, ErrLength,
// InvalidByteError), written for deferc. Errors, partial results and the streaming types'
// buffering are Go's, so what a program sees after an error is what it sees under Go.
package hex

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

const digits = "0123456789abcdef"

// ErrLength reports an odd-length input to Decode or DecodeString (and a decoder stream that
// ends after half a byte reports io.ErrUnexpectedEOF instead).
var ErrLength = errors.New("encoding/hex: odd length hex string")

// InvalidByteError is a byte that is not a hex digit.
type InvalidByteError byte

func (e InvalidByteError) Error() string {
	return fmt.Sprintf("encoding/hex: invalid byte: %#U", rune(e))
}

// EncodedLen is the length of the encoding of n bytes.
func EncodedLen(n int) int { return n * 2 }

// DecodedLen is the length of the decoding of x hex digits.
func DecodedLen(x int) int { return x / 2 }

// Encode writes the hex digits of src (lower case) to dst and returns EncodedLen(len(src)).
func Encode(dst, src []byte) int {
	for i, v := range src {
		dst[2*i] = digits[v>>4]
		dst[2*i+1] = digits[v&15]
	}
	return len(src) * 2
}

// EncodeToString is the hex encoding of src.
func EncodeToString(src []byte) string {
	dst := make([]byte, len(src)*2)
	Encode(dst, src)
	return string(dst)
}

// unhex is the value of hex digit c, or 0xff.
func unhex(c byte) byte {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10
	}
	return 0xff
}

// Decode writes the bytes of hex string src to dst and returns how many it wrote. At the
// first pair with a bad digit it stops with an InvalidByteError; an odd final digit is
// ErrLength (or an InvalidByteError when it is no digit).
func Decode(dst, src []byte) (int, error) {
	n := 0
	for ; 2*n+1 < len(src); n++ {
		hi, lo := src[2*n], src[2*n+1]
		a, b := unhex(hi), unhex(lo)
		if a == 0xff {
			return n, InvalidByteError(hi)
		}
		if b == 0xff {
			return n, InvalidByteError(lo)
		}
		dst[n] = a<<4 | b
	}
	if len(src)%2 == 1 {
		last := src[len(src)-1]
		if unhex(last) == 0xff {
			return n, InvalidByteError(last)
		}
		return n, ErrLength
	}
	return n, nil
}

// DecodeString is the bytes of hex string s (what was decoded before an error, and the error).
func DecodeString(s string) ([]byte, error) {
	b := []byte(s)
	n, err := Decode(b, b)
	return b[:n], err
}

// Dump is a hex dump of data in `hexdump -C` form.
func Dump(data []byte) string {
	if len(data) == 0 {
		return ""
	}
	var sb strings.Builder
	sb.Grow((1 + (len(data)-1)/16) * 79)
	d := Dumper(&sb)
	d.Write(data)
	d.Close()
	return sb.String()
}

const chunk = 1024

// encoder writes the hex encoding of what it is given, at most half a buffer at a time.
type encoder struct {
	w   io.Writer
	err error
	out [chunk]byte
}

// NewEncoder returns a Writer that writes lower-case hex to w.
func NewEncoder(w io.Writer) io.Writer {
	return &encoder{w: w}
}

func (e *encoder) Write(p []byte) (n int, err error) {
	for len(p) > 0 && e.err == nil {
		k := len(p)
		if k > chunk/2 {
			k = chunk / 2
		}
		m := Encode(e.out[:], p[:k])
		var w int
		w, e.err = e.w.Write(e.out[:m])
		n += w / 2
		p = p[k:]
	}
	return n, e.err
}

// decoder reads hex digits from r and returns their bytes; in holds undecoded digits.
type decoder struct {
	r   io.Reader
	err error
	in  []byte
	arr [chunk]byte
}

// NewDecoder returns a Reader that decodes the hex digits read from r.
func NewDecoder(r io.Reader) io.Reader {
	return &decoder{r: r}
}

func (d *decoder) Read(p []byte) (n int, err error) {
	// Refill when less than a whole byte is buffered (keeping a dangling digit).
	if len(d.in) < 2 && d.err == nil {
		kept := copy(d.arr[:], d.in)
		var got int
		got, d.err = d.r.Read(d.arr[kept:])
		d.in = d.arr[:kept+got]
		if d.err == io.EOF && len(d.in)%2 != 0 {
			if last := d.in[len(d.in)-1]; unhex(last) == 0xff {
				d.err = InvalidByteError(last)
			} else {
				d.err = io.ErrUnexpectedEOF
			}
		}
	}
	if avail := len(d.in) / 2; len(p) > avail {
		p = p[:avail]
	}
	n, err = Decode(p, d.in[:2*len(p)])
	d.in = d.in[2*n:]
	if err != nil {
		// A bad digit: the rest of the input is dropped and the error is final.
		d.in = nil
		d.err = err
	}
	// Errors wait until what was buffered has been returned.
	if len(d.in) < 2 {
		return n, d.err
	}
	return n, nil
}

// Dumper returns a WriteCloser writing a hex dump of what it is given to w, in `hexdump -C`
// form; Close writes the last, partial line.
func Dumper(w io.Writer) io.WriteCloser {
	return &dumper{w: w}
}

type dumper struct {
	w      io.Writer
	right  [18]byte // the line's characters column, then "|\n"
	buf    [14]byte
	used   int  // bytes on the current line
	n      uint // bytes dumped
	closed bool
}

// printable is b as the characters column shows it.
func printable(b byte) byte {
	if b < 32 || b > 126 {
		return '.'
	}
	return b
}

func (h *dumper) Write(data []byte) (n int, err error) {
	if h.closed {
		return 0, errors.New("encoding/hex: dumper closed")
	}
	for _, c := range data {
		if h.used == 0 {
			// The offset column: 8 hex digits and two spaces.
			off := [4]byte{byte(h.n >> 24), byte(h.n >> 16), byte(h.n >> 8), byte(h.n)}
			Encode(h.buf[4:], off[:])
			h.buf[12], h.buf[13] = ' ', ' '
			if _, err = h.w.Write(h.buf[4:]); err != nil {
				return
			}
		}
		h.buf[0], h.buf[1], h.buf[2] = digits[c>>4], digits[c&15], ' '
		l := 3
		switch h.used {
		case 7:
			h.buf[3] = ' '
			l = 4
		case 15:
			h.buf[3], h.buf[4] = ' ', '|'
			l = 5
		}
		if _, err = h.w.Write(h.buf[:l]); err != nil {
			return
		}
		n++
		h.right[h.used] = printable(c)
		h.used++
		h.n++
		if h.used == 16 {
			h.right[16], h.right[17] = '|', '\n'
			if _, err = h.w.Write(h.right[:]); err != nil {
				return
			}
			h.used = 0
		}
	}
	return
}

func (h *dumper) Close() (err error) {
	if h.closed {
		return
	}
	h.closed = true
	if h.used == 0 {
		return
	}
	// Pad the hex columns of the missing bytes, then the characters column.
	h.buf[0], h.buf[1], h.buf[2], h.buf[3], h.buf[4] = ' ', ' ', ' ', ' ', '|'
	full := h.used
	for ; h.used < 16; h.used++ {
		l := 3
		switch h.used {
		case 7:
			l = 4
		case 15:
			l = 5
		}
		if _, err = h.w.Write(h.buf[:l]); err != nil {
			return
		}
	}
	h.right[full], h.right[full+1] = '|', '\n'
	_, err = h.w.Write(h.right[:full+2])
	return
}
