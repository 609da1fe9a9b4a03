// Package fmt: Go 1.19's scanning (Sscan, Sscanf, Sscanln, Fscan, Fscanf, Fscanln, the
// Scanner and ScanState interfaces), written for deferc in the defer language. Scan, Scanf and
// Scanln read os.Stdin and live in stdin.go. loader::golib joins this file only to programs
// that name one of its members, so programs that only print pay nothing for it.
//
// The behaviour is Go's, rune for rune: the scanner reads one rune at a time through an
// io.RuneScanner (a reader that is not one is wrapped in a readRune, which can push back one
// rune and loses it when the call ends), errors inside are panics of scanError (or of io.EOF)
// turned into the error result by errorHandler, and the messages are Go's. Where Go uses
// reflect (operands that are pointers to named types), the runtime reports the kind of the
// pointed-to type and retypes the pointer (runtime/src/fmt/scan.rs).
package fmt

import (
	"errors"
	"io"
	"strconv"
	"unicode/utf8"
)

// ScanState is the scanner state a Scanner's Scan method is given: it reads runes, skips
// space and returns tokens under the rules (newlines, widths) of the running Scan call.
type ScanState interface {
	// ReadRune reads the next rune; EOF after a '\n' under Scanln, or past the width.
	ReadRune() (r rune, size int, err error)
	// UnreadRune makes the next ReadRune return the same rune.
	UnreadRune() error
	// SkipSpace skips space, treating newlines as the running operation does.
	SkipSpace()
	// Token skips space if skipSpace, then returns the run of runes satisfying f (non-space
	// runes if f is nil). The slice is overwritten by the next scanning call.
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	// Width returns the width of the verb and whether one was given.
	Width() (wid int, ok bool)
	// Read is there so that a ScanState is an io.Reader; it always fails.
	Read(buf []byte) (n int, err error)
}

// Scanner is implemented by values with a Scan method, which the Scan functions call to
// scan such an operand.
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

// Implemented by the runtime (runtime/src/fmt/scan.rs). elemKind(p) is the reflect.Kind of
// what the pointer p points to (Slice only for a slice of bytes, 0 for any other slice and
// for a nil pointer), -1 if p is not a pointer, -2 if p is nil; retype(p, like) is p with
// like's dynamic type (the caller makes sure the two have the same layout); ldexp is
// math.Ldexp.
func elemKind(p any) int
func retype(p any, like any) any
func ldexp(frac float64, exp int) float64

// stringReader is the reader of the Sscan family: the string's remaining bytes.
type stringReader string

func (r *stringReader) Read(b []byte) (n int, err error) {
	n = copy(b, *r)
	*r = (*r)[n:]
	if n == 0 {
		err = io.EOF
	}
	return
}

// Sscan scans space-separated values from str into the operands; newlines count as space.
// It returns the number of operands scanned, and why it stopped short.
func Sscan(str string, a ...any) (n int, err error) {
	return Fscan((*stringReader)(&str), a...)
}

// Sscanln is Sscan that stops at a newline, which (or EOF) must follow the last operand.
func Sscanln(str string, a ...any) (n int, err error) {
	return Fscanln((*stringReader)(&str), a...)
}

// Sscanf scans str under the control of format; newlines in the input must match newlines
// in the format.
func Sscanf(str string, format string, a ...any) (n int, err error) {
	return Fscanf((*stringReader)(&str), format, a...)
}

// Fscan is Sscan reading from r.
func Fscan(r io.Reader, a ...any) (n int, err error) {
	s := newScanState(r, true, false)
	n, err = s.doScan(a)
	s.free()
	return
}

// Fscanln is Sscanln reading from r.
func Fscanln(r io.Reader, a ...any) (n int, err error) {
	s := newScanState(r, false, true)
	n, err = s.doScan(a)
	s.free()
	return
}

// Fscanf is Sscanf reading from r.
func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	s := newScanState(r, false, false)
	n, err = s.doScanf(format, a)
	s.free()
	return
}

// scanError carries an error out of the scanner as a panic, to tell it from other panics.
type scanError struct {
	err error
}

const (
	eof        = -1
	hugeWid    = 1 << 30
	floatVerbs = "beEfFgGv"
	decimal    = "0123456789"
	hexDigits  = "0123456789aAbBcCdDeEfF"
)

// ss is the ScanState of one Scan call.
type ss struct {
	rs        io.RuneScanner
	buf       []byte // the token being accumulated
	count     int    // runes consumed so far
	atEOF     bool   // EOF (or Scanln's newline) was read
	nlIsEnd   bool   // a newline ends the input (Scanln)
	nlIsSpace bool   // a newline is space (Scan)
	argLimit  int    // count may not reach this while scanning the current operand
	limit     int    // count may not reach this at all
	maxWid    int    // the current verb's width, or hugeWid
}

// ssFree holds the states not in use (as Go's sync.Pool does; goroutines switch only where
// they block, so no lock is needed).
var ssFree []*ss

func newScanState(r io.Reader, nlIsSpace, nlIsEnd bool) *ss {
	var s *ss
	if n := len(ssFree); n > 0 {
		s = ssFree[n-1]
		ssFree = ssFree[:n-1]
	} else {
		s = new(ss)
	}
	if rs, ok := r.(io.RuneScanner); ok {
		s.rs = rs
	} else {
		rr := &readRune{reader: r, peekRune: -1}
		if sr, ok := r.(*stringReader); ok {
			rr.str = sr
		}
		s.rs = rr
	}
	s.nlIsSpace = nlIsSpace
	s.nlIsEnd = nlIsEnd
	s.atEOF = false
	s.limit = hugeWid
	s.argLimit = hugeWid
	s.maxWid = hugeWid
	s.count = 0
	return s
}

func (s *ss) free() {
	if cap(s.buf) > 1024 {
		return
	}
	s.buf = s.buf[:0]
	s.rs = nil
	ssFree = append(ssFree, s)
}

func (s *ss) Read(buf []byte) (n int, err error) {
	return 0, errors.New("ScanState's Read should not be called. Use ReadRune")
}

func (s *ss) ReadRune() (r rune, size int, err error) {
	if s.atEOF || s.count >= s.argLimit {
		err = io.EOF
		return
	}
	r, size, err = s.rs.ReadRune()
	if err == nil {
		s.count++
		if s.nlIsEnd && r == '\n' {
			s.atEOF = true
		}
	} else if err == io.EOF {
		s.atEOF = true
	}
	return
}

func (s *ss) UnreadRune() error {
	s.rs.UnreadRune()
	s.atEOF = false
	s.count--
	return nil
}

func (s *ss) Width() (wid int, ok bool) {
	if s.maxWid == hugeWid {
		return 0, false
	}
	return s.maxWid, true
}

func (s *ss) Token(skipSpace bool, f func(rune) bool) (tok []byte, err error) {
	defer func() {
		if e := recover(); e != nil {
			se, ok := e.(scanError)
			if !ok {
				panic(e)
			}
			err = se.err
		}
	}()
	if f == nil {
		f = notSpace
	}
	s.buf = s.buf[:0]
	tok = s.token(skipSpace, f)
	return
}

// SkipSpace skips spaces; a newline is space under Scan, ends the input under Scanln (where
// ReadRune reports EOF after it) and is an error otherwise. "\r\n" counts as "\n".
func (s *ss) SkipSpace() {
	for {
		r := s.getRune()
		if r == eof {
			return
		}
		if r == '\r' && s.peek("\n") {
			continue
		}
		if r == '\n' {
			if s.nlIsSpace {
				continue
			}
			s.errorString("unexpected newline")
		}
		if !isSpace(r) {
			s.UnreadRune()
			return
		}
	}
}

// getRune is ReadRune returning eof at the end and panicking on other errors.
func (s *ss) getRune() rune {
	r, _, err := s.ReadRune()
	if err != nil {
		if err == io.EOF {
			return eof
		}
		s.error(err)
	}
	return r
}

// mustReadRune is getRune where the end of input is io.ErrUnexpectedEOF.
func (s *ss) mustReadRune() rune {
	r := s.getRune()
	if r == eof {
		s.error(io.ErrUnexpectedEOF)
	}
	return r
}

func (s *ss) error(err error) {
	panic(scanError{err})
}

func (s *ss) errorString(err string) {
	panic(scanError{errors.New(err)})
}

// isSpace reports whether r is Unicode white space (as unicode.IsSpace, without the tables
// of package unicode).
func isSpace(r rune) bool {
	if r >= 1<<16 {
		return false
	}
	switch c := uint16(r); {
	case c <= ' ':
		return c == ' ' || c >= '\t' && c <= '\r'
	case c < 0x85:
		return false
	case c == 0x85 || c == 0xa0 || c == 0x1680 || c == 0x202f || c == 0x205f || c == 0x3000:
		return true
	default:
		return c >= 0x2000 && c <= 0x200a || c == 0x2028 || c == 0x2029
	}
}

func notSpace(r rune) bool {
	return !isSpace(r)
}

// token appends to s.buf the runes satisfying f, after skipping space if skipSpace.
func (s *ss) token(skipSpace bool, f func(rune) bool) []byte {
	if skipSpace {
		s.SkipSpace()
	}
	for {
		r := s.getRune()
		if r == eof {
			break
		}
		if !f(r) {
			s.UnreadRune()
			break
		}
		s.buf = utf8.AppendRune(s.buf, r)
	}
	return s.buf
}

// readRune reads runes from an io.Reader that cannot do it itself, one byte per Read (so
// that nothing past the rune is consumed), and can push back the last rune read.
type readRune struct {
	reader   io.Reader
	str      *stringReader // reader, when it is Sscan's string (read directly)
	buf      [utf8.UTFMax]byte
	pending  int               // bytes in pendBuf: what followed an invalid UTF-8 prefix
	pendBuf  [utf8.UTFMax]byte // the pending bytes
	peekRune rune              // the pushed-back rune if >= 0, else ^(the last rune read)
}

func (r *readRune) readByte() (b byte, err error) {
	if r.pending > 0 {
		b = r.pendBuf[0]
		copy(r.pendBuf[:], r.pendBuf[1:])
		r.pending--
		return b, nil
	}
	if r.str != nil {
		str := *r.str
		if len(str) == 0 {
			return 0, io.EOF
		}
		*r.str = str[1:]
		return str[0], nil
	}
	n, err := io.ReadFull(r.reader, r.pendBuf[:1])
	if n != 1 {
		return 0, err
	}
	return r.pendBuf[0], err
}

func (r *readRune) ReadRune() (rr rune, size int, err error) {
	if r.peekRune >= 0 {
		rr = r.peekRune
		r.peekRune = ^rr
		return rr, utf8.RuneLen(rr), nil
	}
	r.buf[0], err = r.readByte()
	if err != nil {
		return
	}
	if r.buf[0] < utf8.RuneSelf {
		rr = rune(r.buf[0])
		r.peekRune = ^rr
		return rr, 1, nil
	}
	n := 1
	for ; !utf8.FullRune(r.buf[:n]); n++ {
		r.buf[n], err = r.readByte()
		if err != nil {
			if err != io.EOF {
				return
			}
			err = nil
			break
		}
	}
	rr, size = utf8.DecodeRune(r.buf[:n])
	if size < n {
		copy(r.pendBuf[r.pending:], r.buf[size:n])
		r.pending += n - size
	}
	r.peekRune = ^rr
	return
}

func (r *readRune) UnreadRune() error {
	if r.peekRune >= 0 {
		return errors.New("fmt: scanning called UnreadRune with no rune available")
	}
	r.peekRune = ^r.peekRune
	return nil
}

// indexRune is strings.IndexRune; the sets it searches are ASCII but for the verbs.
func indexRune(s string, r rune) int {
	if 0 <= r && r < utf8.RuneSelf {
		for i := 0; i < len(s); i++ {
			if s[i] == byte(r) {
				return i
			}
		}
		return -1
	}
	for i, c := range s {
		if c == r {
			return i
		}
	}
	return -1
}

// consume reads a rune and reports whether it is in ok; if accept, a rune in ok is added to
// the token and any other is pushed back.
func (s *ss) consume(ok string, accept bool) bool {
	r := s.getRune()
	if r == eof {
		return false
	}
	if indexRune(ok, r) >= 0 {
		if accept {
			s.buf = utf8.AppendRune(s.buf, r)
		}
		return true
	}
	if accept {
		s.UnreadRune()
	}
	return false
}

func (s *ss) accept(ok string) bool {
	return s.consume(ok, true)
}

// peek reports whether the next rune is in ok, leaving it unread.
func (s *ss) peek(ok string) bool {
	r := s.getRune()
	if r != eof {
		s.UnreadRune()
	}
	return indexRune(ok, r) >= 0
}

// notEOF panics with io.EOF at the end of the input.
func (s *ss) notEOF() {
	if r := s.getRune(); r == eof {
		panic(io.EOF)
	}
	s.UnreadRune()
}

func (s *ss) okVerb(verb rune, okVerbs, typ string) bool {
	if indexRune(okVerbs, verb) < 0 {
		s.errorString("bad verb '%" + string(verb) + "' for " + typ)
	}
	return true
}

func (s *ss) scanBool(verb rune) bool {
	s.SkipSpace()
	s.notEOF()
	s.okVerb(verb, "tv", "boolean")
	// Go is lax: "0", "1", "t", "f", "tr..."/"fa..." checked letter by letter in any case.
	switch s.getRune() {
	case '0':
		return false
	case '1':
		return true
	case 't', 'T':
		if s.accept("rR") && (!s.accept("uU") || !s.accept("eE")) {
			s.error(boolError)
		}
		return true
	case 'f', 'F':
		if s.accept("aA") && (!s.accept("lL") || !s.accept("sS") || !s.accept("eE")) {
			s.error(boolError)
		}
	}
	return false
}

var boolError = errors.New("syntax error scanning boolean")

// getBase is the base and digits of an integer verb.
func (s *ss) getBase(verb rune) (base int, digits string) {
	s.okVerb(verb, "bdoUxXv", "integer")
	switch verb {
	case 'b':
		return 2, "01"
	case 'o':
		return 8, "01234567"
	case 'x', 'X', 'U':
		return 16, hexDigits
	}
	return 10, decimal
}

// scanNumber accepts a run of digits (at least one unless haveDigits) and returns the token.
func (s *ss) scanNumber(digits string, haveDigits bool) string {
	if !haveDigits {
		s.notEOF()
		if !s.accept(digits) {
			s.errorString("expected integer")
		}
	}
	for s.accept(digits) {
	}
	return string(s.buf)
}

// scanRune is %c for an integer operand of bitSize bits: the next rune, whatever it is.
func (s *ss) scanRune(bitSize int) int64 {
	s.notEOF()
	r := s.getRune()
	n := uint(64 - bitSize)
	if int64(r)<<n>>n != int64(r) {
		s.errorString("overflow on character value " + string(r))
	}
	return int64(r)
}

// scanBasePrefix handles %v's 0b, 0o, 0x and leading-0 octal prefixes; base 0 leaves the
// prefix to strconv, and underscores are accepted as Go literals allow them.
func (s *ss) scanBasePrefix() (base int, digits string, zeroFound bool) {
	if !s.peek("0") {
		return 0, decimal + "_", false
	}
	s.accept("0")
	switch {
	case s.peek("bB"):
		s.consume("bB", true)
		return 0, "01_", true
	case s.peek("oO"):
		s.consume("oO", true)
		return 0, "01234567_", true
	case s.peek("xX"):
		s.consume("xX", true)
		return 0, hexDigits + "_", true
	}
	return 0, "01234567_", true
}

func (s *ss) scanInt(verb rune, bitSize int) int64 {
	if verb == 'c' {
		return s.scanRune(bitSize)
	}
	s.SkipSpace()
	s.notEOF()
	base, digits := s.getBase(verb)
	haveDigits := false
	if verb == 'U' {
		if !s.consume("U", false) || !s.consume("+", false) {
			s.errorString("bad unicode format ")
		}
	} else {
		s.accept("+-")
		if verb == 'v' {
			base, digits, haveDigits = s.scanBasePrefix()
		}
	}
	tok := s.scanNumber(digits, haveDigits)
	i, err := strconv.ParseInt(tok, base, 64)
	if err != nil {
		s.error(err)
	}
	n := uint(64 - bitSize)
	if i<<n>>n != i {
		s.errorString("integer overflow on token " + tok)
	}
	return i
}

func (s *ss) scanUint(verb rune, bitSize int) uint64 {
	if verb == 'c' {
		return uint64(s.scanRune(bitSize))
	}
	s.SkipSpace()
	s.notEOF()
	base, digits := s.getBase(verb)
	haveDigits := false
	if verb == 'U' {
		if !s.consume("U", false) || !s.consume("+", false) {
			s.errorString("bad unicode format ")
		}
	} else if verb == 'v' {
		base, digits, haveDigits = s.scanBasePrefix()
	}
	tok := s.scanNumber(digits, haveDigits)
	i, err := strconv.ParseUint(tok, base, 64)
	if err != nil {
		s.error(err)
	}
	n := uint(64 - bitSize)
	if i<<n>>n != i {
		s.errorString("unsigned integer overflow on token " + tok)
	}
	return i
}

// floatToken accepts what may be a float (NaN, Inf, decimal or hex mantissa, exponent) and
// returns it; strconv judges its syntax.
func (s *ss) floatToken() string {
	s.buf = s.buf[:0]
	if s.accept("nN") && s.accept("aA") && s.accept("nN") {
		return string(s.buf)
	}
	s.accept("+-")
	if s.accept("iI") && s.accept("nN") && s.accept("fF") {
		return string(s.buf)
	}
	digits, exp := decimal+"_", "eEpP"
	if s.accept("0") && s.accept("xX") {
		digits, exp = hexDigits+"_", "pP"
	}
	for s.accept(digits) {
	}
	if s.accept(".") {
		for s.accept(digits) {
		}
	}
	if s.accept(exp) {
		s.accept("+-")
		for s.accept(decimal + "_") {
		}
	}
	return string(s.buf)
}

// convertFloat parses a float token of n bits; a decimal mantissa with a binary exponent
// ("1.5p3") is Go's extension, evaluated here.
func (s *ss) convertFloat(str string, n int) float64 {
	if p := indexRune(str, 'p'); p >= 0 && indexRune(str, 'x') < 0 && indexRune(str, 'X') < 0 {
		f, err := strconv.ParseFloat(str[:p], n)
		if err == nil {
			var m int
			if m, err = strconv.Atoi(str[p+1:]); err == nil {
				return ldexp(f, m)
			}
		}
		if e, ok := err.(*strconv.NumError); ok {
			e.Num = str
		}
		s.error(err)
	}
	f, err := strconv.ParseFloat(str, n)
	if err != nil {
		s.error(err)
	}
	return f
}

var complexError = errors.New("syntax error scanning complex number")

// scanComplex scans a complex number of n bits: two floats of n/2 bits written as N+Ni or
// N-Ni, optionally in parentheses, with no space inside.
func (s *ss) scanComplex(verb rune, n int) complex128 {
	s.okVerb(verb, floatVerbs, "complex")
	s.SkipSpace()
	s.notEOF()
	open := s.accept("(")
	re := s.floatToken()
	// The imaginary part starts with its sign, which floatToken would not require.
	s.buf = s.buf[:0]
	if !s.accept("+-") {
		s.error(complexError)
	}
	sign := string(s.buf)
	im := sign + s.floatToken()
	if !s.accept("i") || open && !s.accept(")") {
		s.error(complexError)
	}
	return complex(s.convertFloat(re, n/2), s.convertFloat(im, n/2))
}

// convertString scans a string operand: a space-delimited word (%s, %v), a quoted string
// (%q) or hex pairs (%x, %X).
func (s *ss) convertString(verb rune) string {
	s.okVerb(verb, "svqxX", "string")
	s.SkipSpace()
	s.notEOF()
	switch verb {
	case 'q':
		return s.quotedString()
	case 'x', 'X':
		return s.hexString()
	}
	return string(s.token(true, notSpace))
}

func (s *ss) quotedString() string {
	s.notEOF()
	switch quote := s.getRune(); quote {
	case '`':
		for {
			r := s.mustReadRune()
			if r == quote {
				return string(s.buf)
			}
			s.buf = utf8.AppendRune(s.buf, r)
		}
	case '"':
		// Collect through the closing quote and let strconv.Unquote do the escapes; only
		// the rune right after a backslash can be an escaped quote or backslash.
		s.buf = append(s.buf, '"')
		for {
			r := s.mustReadRune()
			s.buf = utf8.AppendRune(s.buf, r)
			if r == '\\' {
				s.buf = utf8.AppendRune(s.buf, s.mustReadRune())
			} else if r == '"' {
				break
			}
		}
		result, err := strconv.Unquote(string(s.buf))
		if err != nil {
			s.error(err)
		}
		return result
	}
	s.errorString("expected quoted string")
	return ""
}

func hexDigit(d rune) (int, bool) {
	switch {
	case '0' <= d && d <= '9':
		return int(d - '0'), true
	case 'a' <= d && d <= 'f':
		return int(d-'a') + 10, true
	case 'A' <= d && d <= 'F':
		return int(d-'A') + 10, true
	}
	return -1, false
}

// hexString reads hex pairs up to the first rune that does not start one.
func (s *ss) hexString() string {
	s.notEOF()
	for {
		r := s.getRune()
		if r == eof {
			break
		}
		hi, ok := hexDigit(r)
		if !ok {
			s.UnreadRune()
			break
		}
		lo, ok := hexDigit(s.mustReadRune())
		if !ok {
			s.errorString("illegal hex digit")
		}
		s.buf = append(s.buf, byte(hi<<4|lo))
	}
	if len(s.buf) == 0 {
		s.errorString("no hex data for %x string")
	}
	return string(s.buf)
}

// scanOne scans one operand with verb: through its Scan method if it has one, else by the
// type it points to.
func (s *ss) scanOne(verb rune, arg any) {
	s.buf = s.buf[:0]
	if v, ok := arg.(Scanner); ok {
		if err := v.Scan(s, verb); err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			s.error(err)
		}
		return
	}
	switch v := arg.(type) {
	case *bool:
		*v = s.scanBool(verb)
	case *int:
		*v = int(s.scanInt(verb, 64))
	case *int8:
		*v = int8(s.scanInt(verb, 8))
	case *int16:
		*v = int16(s.scanInt(verb, 16))
	case *int32:
		*v = int32(s.scanInt(verb, 32))
	case *int64:
		*v = s.scanInt(verb, 64)
	case *uint:
		*v = uint(s.scanUint(verb, 64))
	case *uint8:
		*v = uint8(s.scanUint(verb, 8))
	case *uint16:
		*v = uint16(s.scanUint(verb, 16))
	case *uint32:
		*v = uint32(s.scanUint(verb, 32))
	case *uint64:
		*v = s.scanUint(verb, 64)
	case *uintptr:
		*v = uintptr(s.scanUint(verb, 64))
	case *float32:
		s.okVerb(verb, floatVerbs, "float32")
		s.SkipSpace()
		s.notEOF()
		*v = float32(s.convertFloat(s.floatToken(), 32))
	case *float64:
		s.okVerb(verb, floatVerbs, "float64")
		s.SkipSpace()
		s.notEOF()
		*v = s.convertFloat(s.floatToken(), 64)
	case *complex64:
		*v = complex64(s.scanComplex(verb, 64))
	case *complex128:
		*v = s.scanComplex(verb, 128)
	case *string:
		*v = s.convertString(verb)
	case *[]byte:
		*v = []byte(s.convertString(verb))
	default:
		s.scanReflect(verb, arg)
	}
}

// scanReflect is Go's reflect fallback: a pointer to a named type of a basic kind (or to a
// named byte slice) is scanned as a pointer to the basic type, floats without checking the
// verb (as Go does there).
func (s *ss) scanReflect(verb rune, arg any) {
	var like any
	switch k := elemKind(arg); k {
	case -2:
		panic(errors.New("reflect: call of reflect.Value.Type on zero Value"))
	case -1:
		s.errorString("type not a pointer: " + Sprintf("%T", arg))
	case 1:
		like = (*bool)(nil)
	case 2, 6:
		like = (*int64)(nil)
	case 3:
		like = (*int8)(nil)
	case 4:
		like = (*int16)(nil)
	case 5:
		like = (*int32)(nil)
	case 7, 11, 12:
		like = (*uint64)(nil)
	case 8:
		like = (*uint8)(nil)
	case 9:
		like = (*uint16)(nil)
	case 10:
		like = (*uint32)(nil)
	case 13:
		s.SkipSpace()
		s.notEOF()
		*retype(arg, (*float32)(nil)).(*float32) = float32(s.convertFloat(s.floatToken(), 32))
		return
	case 14:
		s.SkipSpace()
		s.notEOF()
		*retype(arg, (*float64)(nil)).(*float64) = s.convertFloat(s.floatToken(), 64)
		return
	case 15:
		*retype(arg, (*complex64)(nil)).(*complex64) = complex64(s.scanComplex(verb, 64))
		return
	case 16:
		*retype(arg, (*complex128)(nil)).(*complex128) = s.scanComplex(verb, 128)
		return
	case 23:
		like = (*[]byte)(nil)
	case 24:
		like = (*string)(nil)
	default:
		s.errorString("can't scan type: " + Sprintf("%T", arg))
	}
	s.scanOne(verb, retype(arg, like))
}

// errorHandler turns the scanner's panics (scanError, io.EOF) into *errp.
func errorHandler(errp *error) {
	if e := recover(); e != nil {
		if se, ok := e.(scanError); ok {
			*errp = se.err
		} else if eof, ok := e.(error); ok && eof == io.EOF {
			*errp = eof
		} else {
			panic(e)
		}
	}
}

// doScan scans each operand with %v; under Scanln, only space may follow, up to a newline
// or EOF.
func (s *ss) doScan(a []any) (numProcessed int, err error) {
	defer errorHandler(&err)
	for _, arg := range a {
		s.scanOne('v', arg)
		numProcessed++
	}
	if s.nlIsEnd {
		for {
			r := s.getRune()
			if r == '\n' || r == eof {
				break
			}
			if !isSpace(r) {
				s.errorString("expected newline")
			}
		}
	}
	return
}

// advance matches the input against the format's text up to its next verb and returns the
// bytes of format consumed: 0 at a verb (or at the end of input), -1 when the input does not
// match. A run of spaces in the format matches a run of spaces in the input (at least one
// unless at EOF); newlines must match newlines, with spaces around them optional; "%%" is a
// literal percent.
func (s *ss) advance(format string) (i int) {
	for i < len(format) {
		fmtc, w := utf8.DecodeRuneInString(format[i:])
		if isSpace(fmtc) {
			newlines := 0
			trailingSpace := false
			for isSpace(fmtc) && i < len(format) {
				if fmtc == '\n' {
					newlines++
					trailingSpace = false
				} else {
					trailingSpace = true
				}
				i += w
				fmtc, w = utf8.DecodeRuneInString(format[i:])
			}
			for j := 0; j < newlines; j++ {
				inputc := s.getRune()
				for isSpace(inputc) && inputc != '\n' {
					inputc = s.getRune()
				}
				if inputc != '\n' && inputc != eof {
					s.errorString("newline in format does not match input")
				}
			}
			if trailingSpace {
				inputc := s.getRune()
				if newlines == 0 {
					// Spaces not after a newline need at least one space in the input.
					if !isSpace(inputc) && inputc != eof {
						s.errorString("expected space in input to match format")
					}
					if inputc == '\n' {
						s.errorString("newline in input does not match format")
					}
				}
				for isSpace(inputc) && inputc != '\n' {
					inputc = s.getRune()
				}
				if inputc != eof {
					s.UnreadRune()
				}
			}
			continue
		}
		if fmtc == '%' {
			if i+w == len(format) {
				s.errorString("missing verb: % at end of format string")
			}
			if next, _ := utf8.DecodeRuneInString(format[i+w:]); next != '%' {
				return
			}
			i += w
		}
		if inputc := s.mustReadRune(); fmtc != inputc {
			s.UnreadRune()
			return -1
		}
		i += w
	}
	return
}

// parsenum parses the decimal number at s[start:end] (not past end), as Printf's widths.
func parsenum(s string, start, end int) (num int, isnum bool, newi int) {
	if start >= end {
		return 0, false, end
	}
	for newi = start; newi < end && '0' <= s[newi] && s[newi] <= '9'; newi++ {
		if num > 1e6 || num < -1e6 {
			return 0, false, end
		}
		num = num*10 + int(s[newi]-'0')
		isnum = true
	}
	return
}

func (s *ss) doScanf(format string, a []any) (numProcessed int, err error) {
	defer errorHandler(&err)
	end := len(format) - 1
	for i := 0; i <= end; {
		w := s.advance(format[i:])
		if w > 0 {
			i += w
			continue
		}
		if format[i] != '%' {
			if w < 0 {
				s.errorString("input does not match format")
			}
			break // at EOF: "too many operands" below
		}
		i++
		var widPresent bool
		s.maxWid, widPresent, i = parsenum(format, i, end)
		if !widPresent {
			s.maxWid = hugeWid
		}
		c, w := utf8.DecodeRuneInString(format[i:])
		i += w
		if c != 'c' {
			s.SkipSpace()
		}
		if c == '%' {
			s.SkipSpace()
			s.notEOF()
			if !s.accept("%") {
				s.errorString("missing literal %")
			}
			continue
		}
		s.argLimit = s.limit
		if f := s.count + s.maxWid; f < s.argLimit {
			s.argLimit = f
		}
		if numProcessed >= len(a) {
			s.errorString("too few operands for format '%" + format[i-w:] + "'")
		}
		s.scanOne(c, a[numProcessed])
		numProcessed++
		s.argLimit = s.limit
	}
	if numProcessed < len(a) {
		s.errorString("too many operands")
	}
	return
}
