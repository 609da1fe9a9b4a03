// Package base64: Go 1.19's encoding/base64, all of it (Encoding with NewEncoding,
// WithPadding, Strict, Encode, EncodeToString, Decode, DecodeString, EncodedLen, DecodedLen;
// StdEncoding, URLEncoding, RawStdEncoding, RawURLEncoding; NewEncoder, NewDecoder;
// CorruptInputError), written for deferc. Decoding follows Go's steps exactly: the offsets in
// CorruptInputError, the bytes of dst written before an error (Go's fast paths store whole
// words, so dst holds zeros a little past the decoded bytes) and the stream decoder's
// buffering are what a program sees under Go.
package base64

import (
	"io"
	"strconv"
)

// An Encoding is a radix-64 alphabet with its padding rule.
type Encoding struct {
	encode    [64]byte
	decodeMap [256]byte // 0xff: not in the alphabet
	padChar   rune
	strict    bool
}

const (
	StdPadding rune = '=' // Standard padding character
	NoPadding  rune = -1  // No padding
)

const (
	encodeStd = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	encodeURL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
)

// NewEncoding returns the padded Encoding with the 64-byte alphabet encoder.
func NewEncoding(encoder string) *Encoding {
	if len(encoder) != 64 {
		panic("encoding alphabet is not 64-bytes long")
	}
	for i := 0; i < 64; i++ {
		if c := encoder[i]; c == '\n' || c == '\r' {
			panic("encoding alphabet contains newline character")
		}
	}
	e := &Encoding{padChar: StdPadding}
	copy(e.encode[:], encoder)
	for i := range e.decodeMap {
		e.decodeMap[i] = 0xff
	}
	for i := 0; i < 64; i++ {
		e.decodeMap[encoder[i]] = byte(i)
	}
	return e
}

// WithPadding returns a copy of enc padding with padding (or NoPadding).
func (enc Encoding) WithPadding(padding rune) *Encoding {
	if padding == '\r' || padding == '\n' || padding > 0xff {
		panic("invalid padding")
	}
	for _, c := range enc.encode {
		if rune(c) == padding {
			panic("padding contained in alphabet")
		}
	}
	enc.padChar = padding
	return &enc
}

// Strict returns a copy of enc that rejects encodings whose unused trailing bits are not zero.
func (enc Encoding) Strict() *Encoding {
	enc.strict = true
	return &enc
}

var (
	StdEncoding    = NewEncoding(encodeStd)
	URLEncoding    = NewEncoding(encodeURL)
	RawStdEncoding = StdEncoding.WithPadding(NoPadding)
	RawURLEncoding = URLEncoding.WithPadding(NoPadding)
)

// Encode writes the encoding of src to dst, EncodedLen(len(src)) bytes.
func (enc *Encoding) Encode(dst, src []byte) {
	d := 0
	full := len(src) / 3 * 3
	for s := 0; s < full; s += 3 {
		v := uint(src[s])<<16 | uint(src[s+1])<<8 | uint(src[s+2])
		dst[d] = enc.encode[v>>18&63]
		dst[d+1] = enc.encode[v>>12&63]
		dst[d+2] = enc.encode[v>>6&63]
		dst[d+3] = enc.encode[v&63]
		d += 4
	}
	rest := len(src) - full
	if rest == 0 {
		return
	}
	v := uint(src[full]) << 16
	if rest == 2 {
		v |= uint(src[full+1]) << 8
	}
	dst[d] = enc.encode[v>>18&63]
	dst[d+1] = enc.encode[v>>12&63]
	if rest == 2 {
		dst[d+2] = enc.encode[v>>6&63]
		if enc.padChar != NoPadding {
			dst[d+3] = byte(enc.padChar)
		}
	} else if enc.padChar != NoPadding {
		dst[d+2] = byte(enc.padChar)
		dst[d+3] = byte(enc.padChar)
	}
}

// EncodeToString is the encoding of src.
func (enc *Encoding) EncodeToString(src []byte) string {
	b := make([]byte, enc.EncodedLen(len(src)))
	enc.Encode(b, src)
	return string(b)
}

// EncodedLen is the length of the encoding of n bytes.
func (enc *Encoding) EncodedLen(n int) int {
	if enc.padChar == NoPadding {
		return (n*8 + 5) / 6
	}
	return (n + 2) / 3 * 4
}

// DecodedLen is the most bytes n encoded bytes decode to.
func (enc *Encoding) DecodedLen(n int) int {
	if enc.padChar == NoPadding {
		return n * 6 / 8
	}
	return n / 4 * 3
}

// CorruptInputError is the offset of the first bad input byte.
type CorruptInputError int64

func (e CorruptInputError) Error() string {
	return "illegal base64 data at input byte " + strconv.FormatInt(int64(e), 10)
}

// isNL reports whether c is one of the line breaks decoding skips.
func isNL(c byte) bool { return c == '\n' || c == '\r' }

// quantum decodes one group of up to four symbols of src from si (skipping line breaks, and
// handling padding and the end of input) into dst. It returns where it stopped, how many
// bytes it wrote and the error, as Go's decodeQuantum does.
func (enc *Encoding) quantum(dst, src []byte, si int) (int, int, error) {
	var sym [4]byte
	n := 4
	var err error
	j := 0
	for j < 4 {
		if si == len(src) {
			if j == 0 {
				return si, 0, nil
			}
			if j == 1 || enc.padChar != NoPadding {
				return si, 0, CorruptInputError(si - j)
			}
			n = j
			break
		}
		c := src[si]
		si++
		if v := enc.decodeMap[c]; v != 0xff {
			sym[j] = v
			j++
			continue
		}
		if isNL(c) {
			continue
		}
		if rune(c) != enc.padChar {
			return si, 0, CorruptInputError(si - 1)
		}
		// Padding: allowed as the third and fourth symbol ("xx==") or the fourth ("xxx=").
		if j < 2 {
			return si, 0, CorruptInputError(si - 1)
		}
		if j == 2 {
			for si < len(src) && isNL(src[si]) {
				si++
			}
			if si == len(src) {
				return si, 0, CorruptInputError(len(src))
			}
			if rune(src[si]) != enc.padChar {
				return si, 0, CorruptInputError(si - 1)
			}
			si++
		}
		// Only line breaks may follow the padding.
		for si < len(src) && isNL(src[si]) {
			si++
		}
		if si < len(src) {
			err = CorruptInputError(si)
		}
		n = j
		break
	}
	v := uint(sym[0])<<18 | uint(sym[1])<<12 | uint(sym[2])<<6 | uint(sym[3])
	b0, b1, b2 := byte(v>>16), byte(v>>8), byte(v)
	switch n {
	case 4:
		dst[2] = b2
		b2 = 0
		dst[1] = b1
		dst[0] = b0
	case 3:
		dst[1] = b1
		if enc.strict && b2 != 0 {
			return si, 0, CorruptInputError(si - 1)
		}
		dst[0] = b0
	case 2:
		dst[0] = b0
		if enc.strict && (b1 != 0 || b2 != 0) {
			return si, 0, CorruptInputError(si - 2)
		}
	}
	return si, n - 1, err
}

// Decode decodes src into dst (at least DecodedLen(len(src)) long) and returns the number of
// bytes written; line breaks are skipped. On corrupt input it returns what it decoded before
// the bad quantum and a CorruptInputError.
func (enc *Encoding) Decode(dst, src []byte) (n int, err error) {
	if len(src) == 0 {
		return 0, nil
	}
	si := 0
	// Eight symbols at a time while dst has room for a whole 8-byte store (Go's fast path,
	// whose store also zeroes the two bytes after the six decoded ones).
	for len(src)-si >= 8 && len(dst)-n >= 8 {
		var v uint64
		bad := false
		for k := 0; k < 8; k++ {
			s := enc.decodeMap[src[si+k]]
			if s == 0xff {
				bad = true
				break
			}
			v |= uint64(s) << (58 - 6*k)
		}
		if !bad {
			for k := 0; k < 8; k++ {
				dst[n+k] = byte(v >> (56 - 8*k))
			}
			n += 6
			si += 8
			continue
		}
		var m int
		si, m, err = enc.quantum(dst[n:], src, si)
		n += m
		if err != nil {
			return n, err
		}
	}
	// Then four at a time (a 4-byte store: one byte of zeros after the three).
	for len(src)-si >= 4 && len(dst)-n >= 4 {
		var v uint32
		bad := false
		for k := 0; k < 4; k++ {
			s := enc.decodeMap[src[si+k]]
			if s == 0xff {
				bad = true
				break
			}
			v |= uint32(s) << (26 - 6*k)
		}
		if !bad {
			dst[n], dst[n+1], dst[n+2], dst[n+3] = byte(v>>24), byte(v>>16), byte(v>>8), byte(v)
			n += 3
			si += 4
			continue
		}
		var m int
		si, m, err = enc.quantum(dst[n:], src, si)
		n += m
		if err != nil {
			return n, err
		}
	}
	for si < len(src) {
		var m int
		si, m, err = enc.quantum(dst[n:], src, si)
		n += m
		if err != nil {
			return n, err
		}
	}
	return n, err
}

// DecodeString is the bytes s encodes (what was decoded before an error, and the error).
func (enc *Encoding) DecodeString(s string) ([]byte, error) {
	b := make([]byte, enc.DecodedLen(len(s)))
	n, err := enc.Decode(b, []byte(s))
	return b[:n], err
}

// encoder encodes what is written to it in whole 3-byte groups; Close flushes the rest.
type encoder struct {
	err  error
	enc  *Encoding
	w    io.Writer
	buf  [3]byte // a partial group
	nbuf int
	out  [1024]byte
}

// NewEncoder returns a WriteCloser that writes the encoding of its input to w; Close writes
// the final partial group.
func NewEncoder(enc *Encoding, w io.Writer) io.WriteCloser {
	return &encoder{enc: enc, w: w}
}

func (e *encoder) Write(p []byte) (n int, err error) {
	if e.err != nil {
		return 0, e.err
	}
	if e.nbuf > 0 {
		i := 0
		for ; i < len(p) && e.nbuf < 3; i++ {
			e.buf[e.nbuf] = p[i]
			e.nbuf++
		}
		n += i
		p = p[i:]
		if e.nbuf < 3 {
			return
		}
		e.enc.Encode(e.out[:], e.buf[:])
		if _, e.err = e.w.Write(e.out[:4]); e.err != nil {
			return n, e.err
		}
		e.nbuf = 0
	}
	for len(p) >= 3 {
		k := len(e.out) / 4 * 3
		if k > len(p) {
			k = len(p) / 3 * 3
		}
		e.enc.Encode(e.out[:], p[:k])
		if _, e.err = e.w.Write(e.out[:k/3*4]); e.err != nil {
			return n, e.err
		}
		n += k
		p = p[k:]
	}
	copy(e.buf[:], p)
	e.nbuf = len(p)
	n += len(p)
	return
}

func (e *encoder) Close() error {
	if e.err == nil && e.nbuf > 0 {
		e.enc.Encode(e.out[:], e.buf[:e.nbuf])
		_, e.err = e.w.Write(e.out[:e.enc.EncodedLen(e.nbuf)])
		e.nbuf = 0
	}
	return e.err
}

// decoder decodes what it reads in whole 4-symbol groups (all of it for unpadded encodings
// at the end), keeping leftover input in buf and leftover output in out.
type decoder struct {
	err     error
	readErr error
	enc     *Encoding
	r       io.Reader
	buf     [1024]byte
	nbuf    int
	out     []byte
	outbuf  [1024 / 4 * 3]byte
}

// NewDecoder returns a Reader decoding what it reads from r (line breaks are dropped).
func NewDecoder(enc *Encoding, r io.Reader) io.Reader {
	return &decoder{enc: enc, r: &noNewlines{r}}
}

func (d *decoder) Read(p []byte) (n int, err error) {
	if len(d.out) > 0 {
		n = copy(p, d.out)
		d.out = d.out[n:]
		return n, nil
	}
	if d.err != nil {
		return 0, d.err
	}
	// Read at least one whole group, as much as p can take.
	for d.nbuf < 4 && d.readErr == nil {
		want := len(p) / 3 * 4
		if want < 4 {
			want = 4
		}
		if want > len(d.buf) {
			want = len(d.buf)
		}
		var got int
		got, d.readErr = d.r.Read(d.buf[d.nbuf:want])
		d.nbuf += got
	}
	if d.nbuf < 4 {
		if d.enc.padChar == NoPadding && d.nbuf > 0 {
			// An unpadded stream may end with a partial group.
			var w int
			w, d.err = d.enc.Decode(d.outbuf[:], d.buf[:d.nbuf])
			d.nbuf = 0
			d.out = d.outbuf[:w]
			n = copy(p, d.out)
			d.out = d.out[n:]
			if n > 0 || len(p) == 0 && len(d.out) > 0 {
				return n, nil
			}
			if d.err != nil {
				return 0, d.err
			}
		}
		d.err = d.readErr
		if d.err == io.EOF && d.nbuf > 0 {
			d.err = io.ErrUnexpectedEOF
		}
		return 0, d.err
	}
	whole := d.nbuf / 4 * 4
	if d.nbuf/4*3 > len(p) {
		var w int
		w, d.err = d.enc.Decode(d.outbuf[:], d.buf[:whole])
		d.out = d.outbuf[:w]
		n = copy(p, d.out)
		d.out = d.out[n:]
	} else {
		n, d.err = d.enc.Decode(p, d.buf[:whole])
	}
	d.nbuf -= whole
	copy(d.buf[:d.nbuf], d.buf[whole:])
	return n, d.err
}

// noNewlines drops '\r' and '\n' from what it reads (reading again when nothing else came).
type noNewlines struct {
	r io.Reader
}

func (f *noNewlines) Read(p []byte) (int, error) {
	n, err := f.r.Read(p)
	for n > 0 {
		k := 0
		for _, c := range p[:n] {
			if !isNL(c) {
				p[k] = c
				k++
			}
		}
		if k > 0 {
			return k, err
		}
		n, err = f.r.Read(p)
	}
	return n, err
}
