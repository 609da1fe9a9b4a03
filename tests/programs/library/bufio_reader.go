// bufio.Reader: ReadString, ReadBytes, ReadLine (with a buffer smaller than a line), ReadByte
// and UnreadByte, ReadRune and UnreadRune, Peek, Discard, Read, WriteTo, and the Read calls
// it makes on the underlying reader.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// logged prints every Read call made on it and returns at most n bytes per call.
type logged struct {
	r io.Reader
	n int
}

func (l *logged) Read(p []byte) (int, error) {
	q := p
	if len(q) > l.n {
		q = q[:l.n]
	}
	k, err := l.r.Read(q)
	fmt.Printf("  [Read len=%d -> %d %v]\n", len(p), k, err)
	return k, err
}

type broken struct{}

func (broken) Read(p []byte) (int, error) { return 0, errors.New("broken pipe") }

func main() {
	r := bufio.NewReader(strings.NewReader("line1\nline2\r\nlast"))
	for {
		s, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", s, err)
		if err != nil {
			break
		}
	}
	s, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)

	r = bufio.NewReader(strings.NewReader("a,b,,c"))
	for {
		b, err := r.ReadBytes(',')
		fmt.Printf("%q %v\n", b, err)
		if err != nil {
			break
		}
	}

	// ReadLine with the minimum buffer (16 bytes): long lines come in pieces.
	r = bufio.NewReaderSize(strings.NewReader("short\r\nthis line is longer than sixteen bytes\nx\r\n\nend"), 1)
	fmt.Println("size", r.Size())
	for {
		line, isPrefix, err := r.ReadLine()
		fmt.Printf("%q %v %v\n", line, isPrefix, err)
		if err != nil {
			break
		}
	}
	// A line longer than the buffer through ReadString is still whole.
	r = bufio.NewReaderSize(strings.NewReader(strings.Repeat("0123456789", 5)+"\ntail"), 16)
	s, err = r.ReadString('\n')
	fmt.Println(len(s), err)
	line, err := r.ReadSlice('\n')
	fmt.Printf("%q %v\n", line, err)
	r = bufio.NewReaderSize(strings.NewReader(strings.Repeat("z", 40)), 16)
	line, err = r.ReadSlice('\n')
	fmt.Printf("%q %v\n", line, err)

	// Bytes and runes.
	r = bufio.NewReader(strings.NewReader("hé世\xff!"))
	fmt.Println(r.UnreadByte(), r.UnreadRune())
	c, err := r.ReadByte()
	fmt.Println(c, err, r.UnreadByte(), r.UnreadByte())
	for {
		ch, size, err := r.ReadRune()
		if err != nil {
			fmt.Println(ch, size, err)
			break
		}
		fmt.Printf("%q %d ", ch, size)
	}
	fmt.Println(r.UnreadRune())
	r = bufio.NewReader(strings.NewReader("ab"))
	r.ReadRune()
	fmt.Println(r.UnreadRune(), r.UnreadRune())
	ch, _, _ := r.ReadRune()
	c, _ = r.ReadByte()
	fmt.Println(string(ch), string(c), r.UnreadRune(), r.UnreadByte())
	c, _ = r.ReadByte()
	fmt.Println(string(c))

	// Peek, Discard, Buffered.
	r = bufio.NewReaderSize(strings.NewReader("0123456789abcdefghijklmnopqrstuvwxyz"), 16)
	p, err := r.Peek(5)
	fmt.Printf("%q %v %d\n", p, err, r.Buffered())
	p, err = r.Peek(20)
	fmt.Printf("%q %v\n", p, err)
	_, err = r.Peek(-1)
	fmt.Println(err)
	n, err := r.Discard(10)
	fmt.Println(n, err, r.Buffered())
	n, err = r.Discard(100)
	fmt.Println(n, err)
	p, err = r.Peek(1)
	fmt.Printf("%q %v\n", p, err)
	n, err = r.Discard(-1)
	fmt.Println(n, err)

	// Read: small reads come from the buffer, large ones go straight through.
	fmt.Println("read:")
	r = bufio.NewReaderSize(&logged{strings.NewReader(strings.Repeat("r", 100)), 30}, 16)
	buf := make([]byte, 5)
	n, err = r.Read(buf)
	fmt.Println(" ", n, err, r.Buffered())
	big := make([]byte, 64)
	n, err = r.Read(big)
	fmt.Println(" ", n, err)
	n, err = r.Read(big)
	fmt.Println(" ", n, err)
	n, err = r.Read(big[:0])
	fmt.Println(" ", n, err)
	all, err := io.ReadAll(r)
	fmt.Println(" ", len(all), err)

	// WriteTo and io.Copy.
	var sb strings.Builder
	r = bufio.NewReader(strings.NewReader("copied through WriteTo"))
	r.ReadByte()
	m, err := r.WriteTo(&sb)
	fmt.Println(m, err, sb.String())
	sb.Reset()
	r = bufio.NewReaderSize(&logged{strings.NewReader("via io.Copy"), 4}, 16)
	m, err = io.Copy(&sb, r)
	fmt.Println(m, err, sb.String())

	// Errors from the underlying reader.
	r = bufio.NewReader(broken{})
	_, err = r.ReadByte()
	fmt.Println(err)
	s, err = r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	_, _, err = r.ReadLine()
	fmt.Println(err)

	// NewReaderSize on a large enough *Reader returns it; Reset reuses the buffer.
	r1 := bufio.NewReaderSize(strings.NewReader("x"), 64)
	fmt.Println(bufio.NewReaderSize(r1, 32) == r1, bufio.NewReaderSize(r1, 128) == r1, bufio.NewReader(r1) == r1)
	r1.Reset(strings.NewReader("after reset"))
	s, err = r1.ReadString(0)
	fmt.Printf("%q %v %d\n", s, err, r1.Size())
	// Stdin is empty in the tests.
	in := bufio.NewReader(os.Stdin)
	s, err = in.ReadString('\n')
	fmt.Printf("stdin: %q %v\n", s, err)
	_, _, err = in.ReadRune()
	fmt.Println("stdin:", err)
	fmt.Println(bufio.ErrBufferFull, bufio.ErrNegativeCount, bufio.ErrInvalidUnreadByte, bufio.ErrInvalidUnreadRune)
}
