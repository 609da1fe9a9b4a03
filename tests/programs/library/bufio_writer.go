// bufio.Writer: bytes reach the underlying writer only when the buffer fills or on Flush
// (so `defer w.Flush()` on os.Stdout prints after everything main printed directly), large
// writes bypass an empty buffer, a write error sticks, and WriteRune/WriteString/ReadFrom.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// sink prints each Write it receives.
type sink struct{ name string }

func (s *sink) Write(p []byte) (int, error) {
	fmt.Printf("  %s.Write(%d bytes): %q\n", s.name, len(p), p)
	return len(p), nil
}

// stringSink also has WriteString, which bufio uses for large strings.
type stringSink struct{ name string }

func (s *stringSink) Write(p []byte) (int, error) {
	fmt.Printf("  %s.Write(%d bytes): %q\n", s.name, len(p), p)
	return len(p), nil
}

func (s *stringSink) WriteString(str string) (int, error) {
	fmt.Printf("  %s.WriteString(%d bytes)\n", s.name, len(str))
	return len(str), nil
}

// limited accepts `room` bytes in total, then fails.
type limited struct{ room int }

func (l *limited) Write(p []byte) (int, error) {
	if len(p) <= l.room {
		l.room -= len(p)
		return len(p), nil
	}
	n := l.room
	l.room = 0
	return n, errors.New("device full")
}

// shortWriter accepts at most 2 bytes per call and never reports an error.
type shortWriter struct{}

func (shortWriter) Write(p []byte) (int, error) {
	if len(p) > 2 {
		return 2, nil
	}
	return len(p), nil
}

func report(w *bufio.Writer) {
	fmt.Println("  buffered", w.Buffered(), "available", w.Available(), "size", w.Size())
}

func main() {
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	fmt.Fprintf(out, "printed by the deferred Flush (%d)\n", 1)
	out.WriteString("also deferred\n")
	fmt.Println("printed directly, first")

	fmt.Println("small buffer:")
	w := bufio.NewWriterSize(&sink{"s"}, 8)
	report(w)
	n, err := w.WriteString("abc")
	fmt.Println(" ", n, err)
	report(w)
	w.Write([]byte("defgh"))
	report(w)
	w.WriteByte('i')
	report(w)
	w.Write([]byte("0123456789ABCDEFGHIJ"))
	report(w)
	size, err := w.WriteRune('世')
	fmt.Println(" ", size, err)
	report(w)
	w.WriteRune('x')
	w.WriteRune('€')
	report(w)
	fmt.Println("  flush:", w.Flush())
	fmt.Println("  flush again:", w.Flush())
	n, err = w.Write([]byte("0123456789"))
	fmt.Println(" ", n, err)
	report(w)
	w.Flush()

	fmt.Println("tiny buffer:")
	w = bufio.NewWriterSize(&sink{"t"}, 2)
	w.WriteRune('é')
	w.WriteRune('世')
	w.Flush()

	fmt.Println("string writer:")
	w = bufio.NewWriterSize(&stringSink{"ss"}, 4)
	w.WriteString("a long string that bypasses the buffer")
	w.WriteString("ab")
	w.WriteString("cdefgh")
	w.Flush()

	fmt.Println("errors:")
	lw := &limited{5}
	w = bufio.NewWriterSize(lw, 4)
	n, err = w.WriteString("abc")
	fmt.Println(" ", n, err)
	n, err = w.WriteString("defgh")
	fmt.Println(" ", n, err)
	report(w)
	fmt.Println("  flush:", w.Flush())
	n, err = w.WriteString("more")
	fmt.Println(" ", n, err, w.WriteByte('x'))
	_, err = w.WriteRune('é')
	fmt.Println(" ", err)
	w.Reset(&sink{"after reset"})
	w.WriteString("fresh")
	fmt.Println("  flush:", w.Flush())
	// A writer that accepts fewer bytes without an error is a short write.
	short := bufio.NewWriterSize(shortWriter{}, 16)
	short.WriteString("12345")
	err = short.Flush()
	fmt.Println(" ", err, errors.Is(err, io.ErrShortWrite), short.Buffered())

	fmt.Println("read from:")
	w = bufio.NewWriterSize(&sink{"rf"}, 8)
	w.WriteString("xy")
	m, err := w.ReadFrom(strings.NewReader("0123456789abcdefghij"))
	fmt.Println(" ", m, err)
	report(w)
	w.Flush()
	var sb strings.Builder
	w = bufio.NewWriter(&sb)
	m, err = io.Copy(w, strings.NewReader("copied"))
	fmt.Println(" ", m, err, w.Buffered(), sb.Len())
	w.Flush()
	fmt.Println(" ", sb.String())

	fmt.Println("reuse:")
	w1 := bufio.NewWriterSize(&sink{"r"}, 32)
	fmt.Println(" ", bufio.NewWriterSize(w1, 16) == w1, bufio.NewWriter(w1) == w1, bufio.NewWriterSize(&sink{"z"}, 0).Size())
	fmt.Println(" ", len(w1.AvailableBuffer()), cap(w1.AvailableBuffer()))
	var zero bufio.Writer
	zero.Reset(&sink{"zero"})
	fmt.Println(" ", zero.Size(), zero.Available())

	defer fmt.Println("deferred Println runs before the deferred Flush")
	for i := 0; i < 3; i++ {
		fmt.Fprintln(out, "line", i)
	}
}
