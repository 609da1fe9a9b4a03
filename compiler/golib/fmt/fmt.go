// Package fmt: the parts of Go 1.19's fmt that are Go code around the formatter (Errorf with
// %w, printing to an io.Writer). Print, Println, Printf and the Sprint family are implemented
// by the runtime (runtime/src/fmt.rs, see check::lib).
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

// Fprint formats as Print does and writes to w.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprint(a...)))
}

// Fprintln formats as Println does and writes to w.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintln(a...)))
}

// Fprintf formats as Printf does and writes to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintf(format, a...)))
}
