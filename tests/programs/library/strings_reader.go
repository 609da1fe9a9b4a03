package main

// Package strings: Reader, every method: Read, ReadAt, ReadByte, UnreadByte, ReadRune,
// UnreadRune, Seek, WriteTo, Len, Size, Reset, and its errors; and what it satisfies.

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type shortWriter struct{ n int }

func (w *shortWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		return w.n, nil
	}
	return len(p), nil
}

type errWriter struct{}

func (errWriter) Write(p []byte) (int, error) { return 1, errors.New("broken") }

func main() {
	r := strings.NewReader("héllo, wörld\xff!")
	fmt.Println(r.Len(), r.Size())
	buf := make([]byte, 4)
	n, err := r.Read(buf)
	fmt.Printf("%d %v %q %d\n", n, err, buf[:n], r.Len())
	ch, size, err := r.ReadRune()
	fmt.Printf("%q %d %v\n", ch, size, err)
	fmt.Println(r.UnreadRune(), r.UnreadRune())
	b, err := r.ReadByte()
	fmt.Println(b, err, r.UnreadByte(), r.UnreadRune())
	ch, size, err = r.ReadRune()
	fmt.Printf("%q %d %v\n", ch, size, err)
	for {
		ch, size, err = r.ReadRune()
		if err != nil {
			fmt.Println("end:", ch, size, err, r.Len())
			break
		}
		fmt.Printf("%q/%d ", ch, size)
	}
	fmt.Println(r.UnreadRune(), r.Len())
	n, err = r.Read(buf)
	fmt.Println(n, err)
	b, err = r.ReadByte()
	fmt.Println(b, err)

	// ReadAt does not move the position.
	r.Reset("0123456789")
	for _, off := range []int64{0, 5, 8, 10, 11, -1} {
		n, err := r.ReadAt(buf, off)
		fmt.Printf("ReadAt %d: %d %v %q\n", off, n, err, buf[:n])
	}
	fmt.Println(r.Len())

	// Seek.
	for _, s := range []struct {
		off    int64
		whence int
	}{{3, io.SeekStart}, {2, io.SeekCurrent}, {-1, io.SeekEnd}, {5, io.SeekEnd}, {-20, io.SeekCurrent}, {0, 7}, {100, io.SeekStart}} {
		pos, err := r.Seek(s.off, s.whence)
		fmt.Println("Seek", s.off, s.whence, pos, err, r.Len())
	}
	n, err = r.Read(buf)
	fmt.Println(n, err)
	_, _ = r.Seek(2, io.SeekStart)
	fmt.Println(r.UnreadRune(), r.UnreadByte(), r.Len())
	_, _ = r.Seek(0, io.SeekStart)
	fmt.Println(r.UnreadByte())

	// WriteTo.
	r.Reset("write me out")
	r.ReadByte()
	var sb strings.Builder
	m, err := r.WriteTo(&sb)
	fmt.Println(m, err, sb.String(), r.Len())
	m, err = r.WriteTo(&sb)
	fmt.Println(m, err)
	r.Reset("abcdef")
	m, err = r.WriteTo(&shortWriter{2})
	fmt.Println(m, err, r.Len())
	m, err = r.WriteTo(errWriter{})
	fmt.Println(m, err, r.Len())

	// io.Copy and friends use it.
	r.Reset("copied through io.Copy")
	var out strings.Builder
	m, err = io.Copy(&out, r)
	fmt.Println(m, err, out.String())
	r.Reset("read all")
	all, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", all, err)

	// The zero Reader reads nothing.
	var z strings.Reader
	n, err = z.Read(buf)
	fmt.Println(n, err, z.Len(), z.Size())
	fmt.Println(z.UnreadByte(), z.UnreadRune())
	var _ io.Reader = r
	var _ io.ReaderAt = r
	var _ io.ByteScanner = r
	var _ io.RuneScanner = r
	var _ io.Seeker = r
	var _ io.WriterTo = r
	fmt.Println("ok")
}
