package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"strings"
)

func state(name string, b *bytes.Buffer) {
	fmt.Printf("%s: %q len=%d cap=%d\n", name, b.String(), b.Len(), b.Cap())
}

// slowReader returns a few bytes per Read, then an error or EOF.
type slowReader struct {
	data []byte
	n    int
	err  error
}

func (r *slowReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, r.err
	}
	k := r.n
	if k > len(r.data) {
		k = len(r.data)
	}
	if k > len(p) {
		k = len(p)
	}
	copy(p, r.data[:k])
	r.data = r.data[k:]
	return k, nil
}

type negReader struct{}

func (negReader) Read(p []byte) (int, error) { return -1, nil }

// limitedWriter accepts at most n bytes per Write.
type limitedWriter struct {
	n   int
	out []byte
	err error
}

func (w *limitedWriter) Write(p []byte) (int, error) {
	k := len(p)
	if k > w.n {
		k = w.n
	}
	w.out = append(w.out, p[:k]...)
	return k, w.err
}

type liarWriter struct{}

func (liarWriter) Write(p []byte) (int, error) { return len(p) + 1, nil }

// keep makes the buffers it holds escape, as Go's escape analysis sees them.
var keep []*bytes.Buffer

func main() {
	var b bytes.Buffer
	state("zero", &b)
	b.WriteString("hello")
	state("small", &b)
	b.WriteByte(' ')
	b.Write([]byte("world"))
	n, err := b.WriteRune('€')
	fmt.Println(n, err)
	b.WriteRune('!')
	b.WriteRune(-1)
	state("written", &b)
	fmt.Fprintf(&b, " %d+%d", 2, 3)
	state("fprintf", &b)

	// Growth: past 64 bytes the buffer doubles through append's size classes.
	for i := 0; i < 10; i++ {
		b.WriteString("0123456789abcdef")
		fmt.Print(b.Cap(), " ")
	}
	fmt.Println()
	big := bytes.NewBuffer(make([]byte, 0, 10))
	for i := 0; i < 12; i++ {
		big.Write(bytes.Repeat([]byte{'x'}, 7*i))
		fmt.Print(big.Len(), "/", big.Cap(), " ")
	}
	fmt.Println()

	// Reading.
	r := bytes.NewBufferString("line one\nline two\nlast")
	keep = append(keep, bytes.NewBufferString("hello"), bytes.NewBufferString(""), bytes.NewBuffer(nil))
	fmt.Println(keep[0].Cap(), keep[1].Cap(), keep[2].Cap())
	keep[0].WriteString("!")
	keep[1].WriteString("12345")
	keep[2].WriteString("12345")
	fmt.Println(keep[0].Cap(), keep[1].Cap(), keep[2].Cap())
	line, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	bl, err := r.ReadBytes('\n')
	fmt.Printf("%q %v %d\n", bl, err, cap(bl))
	bl, err = r.ReadBytes('\n')
	fmt.Printf("%q %v %d\n", bl, err, cap(bl))
	bl, err = r.ReadBytes('\n')
	fmt.Printf("%q %v %v\n", bl, err, bl == nil)
	s, err := r.ReadString('x')
	fmt.Printf("%q %v\n", s, err)

	r = bytes.NewBufferString("abc€d")
	p := make([]byte, 2)
	n, err = r.Read(p)
	fmt.Println(n, err, string(p[:n]))
	fmt.Println(r.UnreadByte(), r.UnreadByte(), r.Len())
	c, err := r.ReadByte()
	fmt.Println(c, err, r.UnreadRune())
	ru, size, err := r.ReadRune()
	fmt.Println(ru, size, err)
	ru, size, err = r.ReadRune()
	fmt.Println(ru, size, err, r.Len())
	fmt.Println(r.UnreadRune(), r.Len(), r.UnreadRune())
	ru, size, err = r.ReadRune()
	fmt.Println(string(ru), size, err)
	fmt.Printf("%q\n", r.Next(10))
	fmt.Printf("%q %v\n", r.Next(3), r.Len())
	n, err = r.Read(p)
	fmt.Println(n, err)
	n, err = r.Read(nil)
	fmt.Println(n, err)
	c, err = r.ReadByte()
	fmt.Println(c, err)
	ru, size, err = r.ReadRune()
	fmt.Println(ru, size, err)
	fmt.Println(r.UnreadByte(), r.UnreadRune())

	// Next aliases, then Unread after Next.
	r = bytes.NewBufferString("0123456789")
	nx := r.Next(4)
	fmt.Printf("%q %v %q\n", nx, r.UnreadByte(), r.String())
	r.Truncate(3)
	state("truncated", r)
	r.Truncate(0)
	state("truncated0", r)

	// Truncate and Grow panics, Grow's effect on Cap.
	g := new(bytes.Buffer)
	g.Grow(10)
	state("grow10", g)
	g.Grow(100)
	state("grow100", g)
	g.WriteString("abc")
	g.Grow(1000)
	state("grow1000", g)
	for _, f := range []func(){
		func() { g.Truncate(-1) },
		func() { g.Truncate(4) },
		func() { g.Grow(-1) },
		func() { g.ReadFrom(negReader{}) },
		func() { g.WriteTo(liarWriter{}) },
		func() { g.Grow(math.MaxInt) },
		func() { new(bytes.Buffer).Grow(math.MaxInt / 2) },
		func() { bytes.NewBufferString("x").Grow(1 << 50) },
	} {
		func() {
			defer func() {
				v := recover()
				fmt.Println("panic:", v, v == bytes.ErrTooLarge)
			}()
			f()
		}()
	}

	// Sliding unread bytes down instead of growing.
	sl := bytes.NewBuffer(make([]byte, 0, 100))
	sl.Write(bytes.Repeat([]byte("z"), 90))
	sl.Next(80)
	sl.Write(bytes.Repeat([]byte("y"), 20))
	state("slid", sl)

	// ReadFrom and WriteTo.
	var rf bytes.Buffer
	m, err := rf.ReadFrom(&slowReader{data: []byte(strings.Repeat("data ", 300)), n: 100, err: io.EOF})
	fmt.Println(m, err, rf.Len(), rf.Cap())
	custom := errors.New("custom")
	m, err = rf.ReadFrom(&slowReader{data: []byte("tail"), n: 3, err: custom})
	fmt.Println(m, err, rf.Len(), rf.Cap())
	w := &limitedWriter{n: 1000}
	m, err = rf.WriteTo(w)
	fmt.Println(m, err, len(w.out), rf.Len())
	rf.WriteString("again")
	m, err = rf.WriteTo(&limitedWriter{n: 2})
	fmt.Println(m, err, rf.String())
	m, err = rf.WriteTo(&limitedWriter{n: 1, err: custom})
	fmt.Println(m, err, rf.String())
	var empty bytes.Buffer
	m, err = empty.WriteTo(os.Stdout)
	fmt.Println(m, err)
	bb := bytes.NewBufferString("to stdout\n")
	bb.WriteTo(os.Stdout)
	// io.Copy uses WriteTo and ReadFrom.
	var dst bytes.Buffer
	m, err = io.Copy(&dst, bytes.NewBufferString("copied"))
	fmt.Println(m, err, dst.String())
	m, err = io.Copy(&dst, strings.NewReader(" more"))
	fmt.Println(m, err, dst.String())

	// Reset keeps the storage; Bytes aliases it.
	dst.Reset()
	state("reset", &dst)
	dst.WriteString("xyz")
	by := dst.Bytes()
	by[0] = 'X'
	fmt.Println(dst.String())

	// A nil *Buffer prints as <nil>; a Buffer is a Stringer.
	var nb *bytes.Buffer
	fmt.Println(nb.String())
	fmt.Println(bytes.NewBufferString("stringer"), &dst)
	fmt.Println(bytes.MinRead, bytes.ErrTooLarge)
	var _ io.ReadWriter = &b
	var _ io.ByteScanner = &b
	var _ io.RuneScanner = &b
	var _ io.ReaderFrom = &b
	var _ io.WriterTo = &b
	var _ io.StringWriter = &b
}
