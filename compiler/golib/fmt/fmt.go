// Package fmt: the parts of Go 1.19's fmt that are Go code around the formatter (Errorf with
// %w, printing to an io.Writer). Print, Println, Printf and the Sprint family are implemented
// by the runtime (runtime/src/fmt.rs, see check::lib). Scanning is in scan.go and stdin.go,
// joined only to programs that use it (loader::golib).
package fmt

import (
	"errors"
	"io"
)

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
