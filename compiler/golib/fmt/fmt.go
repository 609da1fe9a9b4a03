// Package fmt: Go 1.19's fmt for deferc. The formatter itself (every verb and flag, Stringer,
// error and GoStringer methods) is the runtime's (runtime/src/fmt/); this file holds the
// package's functions around it: the Print and Sprint families, Errorf with %w and printing
// to an io.Writer. Scanning is in scan.go and stdin.go, joined only to programs that use
// it (loader::golib).
package fmt

import (
	"errors"
	"io"
)

// fprint, fprintln and fprintf format as Print, Println and Printf do and write the result to
// file descriptor fd (1 or 2) unbuffered, as Go's os.Stdout is; they return the byte count
// (runtime/src/fmt).
func fprint(fd int, a []any) int
func fprintln(fd int, a []any) int
func fprintf(fd int, format string, a []any) int

// Print formats using the default formats for its operands and writes to standard output.
// Spaces are added between operands when neither is a string.
func Print(a ...any) (n int, err error) { return fprint(1, a), nil }

// Println formats using the default formats for its operands and writes to standard output.
// Spaces are always added between operands and a newline is appended.
func Println(a ...any) (n int, err error) { return fprintln(1, a), nil }

// Printf formats according to a format specifier and writes to standard output.
func Printf(format string, a ...any) (n int, err error) { return fprintf(1, format, a), nil }

// Sprint formats using the default formats for its operands and returns the resulting string.
func Sprint(a ...any) string

// Sprintln formats as Println does and returns the resulting string.
func Sprintln(a ...any) string

// Sprintf formats according to a format specifier and returns the resulting string.
func Sprintf(format string, a ...any) string

// Stringer is check::lib's (the compiler's panic printing knows it).

// GoStringer is implemented by any value that has a GoString method, which defines the Go
// syntax for that value (what %#v prints).
type GoStringer interface {
	GoString() string
}

// Formatter is implemented by any value that has a Format method: it controls how the value
// is printed under every verb.
type Formatter interface {
	Format(f State, verb rune)
}

// State represents the printer state passed to custom formatters: the output, and the
// directive's width, precision and flags.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// fmtState is the State the runtime's printer (runtime/src/fmt, FmtState: the same layout)
// passes to callFormat: every field a word.
type fmtState struct {
	arg   any
	verb  int
	wid   int
	prec  int
	flags int // the stateWid... bits
	buf   []byte
}

const (
	stateWid = 1 << iota
	statePrec
	stateMinus
	statePlus
	stateSharp
	stateSpace
	stateZero
)

func (s *fmtState) Write(b []byte) (n int, err error) {
	s.buf = append(s.buf, b...)
	return len(b), nil
}

// WriteString lets io.WriteString(f, str) avoid a copy, as Go's pp does.
func (s *fmtState) WriteString(str string) (n int, err error) {
	s.buf = append(s.buf, str...)
	return len(str), nil
}

func (s *fmtState) Width() (wid int, ok bool) { return s.wid, s.flags&stateWid != 0 }

func (s *fmtState) Precision() (prec int, ok bool) { return s.prec, s.flags&statePrec != 0 }

func (s *fmtState) Flag(c int) bool {
	switch c {
	case '-':
		return s.flags&stateMinus != 0
	case '+':
		return s.flags&statePlus != 0
	case '#':
		return s.flags&stateSharp != 0
	case ' ':
		return s.flags&stateSpace != 0
	case '0':
		return s.flags&stateZero != 0
	}
	return false
}

// callFormat is how the runtime's printer calls a Format method: through the trampoline it
// calls String methods with (a panic in Format is recovered there and printed as Go's
// catchPanic prints it). The string result only gives it that trampoline's shape.
func callFormat(s *fmtState) string {
	s.arg.(Formatter).Format(s, rune(s.verb))
	return ""
}

// setFormatter gives the runtime callFormat (runtime/src/fmt); formatterSet exists to run it
// during package initialization.
func setFormatter(f func(*fmtState) string) bool

var formatterSet = setFormatter(callFormat)

// errorf formats as Sprintf does, also accepting one %w with an error operand; *wrapped is
// that operand's index, or -1 (runtime/src/fmt.rs).
func errorf(format string, a []any, wrapped *int) string

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }
func (e *wrapError) Unwrap() error { return e.err }

// Errorf formats according to format and returns the string as an error; a %w operand is
// the error's Unwrap result.
func Errorf(format string, a ...any) error {
	w := -1
	s := errorf(format, a, &w)
	if w < 0 {
		return errors.New(s)
	}
	return &wrapError{s, a[w].(error)}
}

// appendPrint, appendPrintln and appendPrintf append to *dst what Print, Println and Printf
// would print (runtime/src/fmt.rs).
func appendPrint(dst *[]byte, a []any)
func appendPrintln(dst *[]byte, a []any)
func appendPrintf(dst *[]byte, format string, a []any)

// printer is the Fprint family's output buffer, reused from call to call as Go reuses its pp
// (through a sync.Pool). deferc has no collector: a fresh string and []byte per call, as this
// code once made, is garbage nothing reclaims, and a program writing 100 MB through
// Fprintf(bufio.Writer) kept twice that. Buffers are kept whatever their size (Go drops the
// big ones, which frees nothing here) and a Write that panics keeps its buffer (as in Go).
type printer struct {
	buf []byte
}

// freePrinters holds the buffers not in use (goroutines switch only where they block, so
// taking and returning one needs no lock).
var freePrinters []*printer

func newPrinter() *printer {
	if n := len(freePrinters); n > 0 {
		p := freePrinters[n-1]
		freePrinters = freePrinters[:n-1]
		return p
	}
	return new(printer)
}

func (p *printer) free() {
	p.buf = p.buf[:0]
	freePrinters = append(freePrinters, p)
}

// Fprint formats as Print does and writes to w.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	p := newPrinter()
	appendPrint(&p.buf, a)
	n, err = w.Write(p.buf)
	p.free()
	return
}

// Fprintln formats as Println does and writes to w.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	p := newPrinter()
	appendPrintln(&p.buf, a)
	n, err = w.Write(p.buf)
	p.free()
	return
}

// Fprintf formats as Printf does and writes to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	p := newPrinter()
	appendPrintf(&p.buf, format, a)
	n, err = w.Write(p.buf)
	p.free()
	return
}
