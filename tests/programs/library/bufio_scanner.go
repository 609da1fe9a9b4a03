// bufio.Scanner: the split functions, custom ones, ErrFinalToken, Buffer and the
// token-too-long error, the Read calls it makes (sizes as Go's), and its panics.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// chunky returns its data n bytes per Read and prints each call's buffer size.
type chunky struct {
	data string
	n    int
}

func (c *chunky) Read(p []byte) (int, error) {
	fmt.Printf("  Read(len %d)", len(p))
	if c.data == "" {
		fmt.Println(" -> EOF")
		return 0, io.EOF
	}
	k := c.n
	if k > len(c.data) {
		k = len(c.data)
	}
	if k > len(p) {
		k = len(p)
	}
	copy(p, c.data[:k])
	c.data = c.data[k:]
	fmt.Println(" ->", k)
	return k, nil
}

// failing returns some data, then an error.
type failing struct{ done bool }

func (f *failing) Read(p []byte) (int, error) {
	if f.done {
		return 0, errors.New("disk on fire")
	}
	f.done = true
	return copy(p, "partial line\nrest"), nil
}

// empty never returns data or an error.
type empty struct{}

func (empty) Read(p []byte) (int, error) { return 0, nil }

func scanAll(name string, s *bufio.Scanner) {
	fmt.Print(name, ":")
	for s.Scan() {
		fmt.Printf(" %q", s.Text())
	}
	fmt.Println(" | err:", s.Err())
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
}

func main() {
	scanAll("lines", bufio.NewScanner(strings.NewReader("one\ntwo\r\n\nthree\r")))
	scanAll("lines trailing newline", bufio.NewScanner(strings.NewReader("a\nb\n")))
	scanAll("empty input", bufio.NewScanner(strings.NewReader("")))
	s := bufio.NewScanner(strings.NewReader("  Hello,   wörld\t\u00a0foo\u2003bar\n\n baz  "))
	s.Split(bufio.ScanWords)
	scanAll("words", s)
	s = bufio.NewScanner(strings.NewReader("añ€\xff𝄞"))
	s.Split(bufio.ScanRunes)
	scanAll("runes", s)
	s = bufio.NewScanner(strings.NewReader("ab\n"))
	s.Split(bufio.ScanBytes)
	scanAll("bytes", s)

	// Bytes shares the buffer; Text copies.
	s = bufio.NewScanner(strings.NewReader("first\nsecond\n"))
	s.Scan()
	b := s.Bytes()
	t := s.Text()
	fmt.Println(string(b), t, len(b))

	// Reads through a reader that gives 3 bytes at a time.
	fmt.Println("chunky:")
	s = bufio.NewScanner(&chunky{"alpha\nbeta\ngamma", 3})
	for s.Scan() {
		fmt.Printf("  token %q\n", s.Text())
	}
	fmt.Println("  err:", s.Err())

	// A custom split: comma-separated, with a final empty token via ErrFinalToken.
	s = bufio.NewScanner(strings.NewReader("1,2,,3"))
	s.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		for i := 0; i < len(data); i++ {
			if data[i] == ',' {
				return i + 1, data[:i], nil
			}
		}
		if !atEOF {
			return 0, nil, nil
		}
		return 0, data, bufio.ErrFinalToken
	})
	scanAll("csv", s)
	s = bufio.NewScanner(strings.NewReader("STOP here"))
	s.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		return 0, nil, errors.New("split says no")
	})
	scanAll("split error", s)
	s = bufio.NewScanner(strings.NewReader("xyz"))
	s.Split(func(data []byte, atEOF bool) (int, []byte, error) { return -1, nil, nil })
	scanAll("negative advance", s)
	s = bufio.NewScanner(strings.NewReader("xyz"))
	s.Split(func(data []byte, atEOF bool) (int, []byte, error) { return 10, nil, nil })
	scanAll("advance too far", s)

	// Token too long, with the default and with a small Buffer.
	long := strings.Repeat("x", 70000)
	scanAll("long", bufio.NewScanner(strings.NewReader("short\n"+long+"\nafter")))
	s = bufio.NewScanner(strings.NewReader("12345678901234567890\nabc"))
	s.Buffer(make([]byte, 4), 16)
	scanAll("small buffer", s)
	s = bufio.NewScanner(strings.NewReader("1234567890123456\nabc"))
	s.Buffer(make([]byte, 0, 32), 8)
	scanAll("cap beats max", s)
	fmt.Println(bufio.ErrTooLong, bufio.MaxScanTokenSize)
	big := strings.Repeat("y", 5000) + "\n" + strings.Repeat("z", 9000)
	s = bufio.NewScanner(strings.NewReader(big))
	for s.Scan() {
		fmt.Println("len", len(s.Text()))
	}

	scanAll("failing reader", bufio.NewScanner(&failing{}))
	scanAll("no progress", bufio.NewScanner(empty{}))
	scanAll("stdin", bufio.NewScanner(os.Stdin))

	try("split after scan", func() {
		s := bufio.NewScanner(strings.NewReader("a"))
		s.Scan()
		s.Split(bufio.ScanWords)
	})
	try("buffer after scan", func() {
		s := bufio.NewScanner(strings.NewReader("a"))
		s.Scan()
		s.Buffer(nil, 10)
	})
	try("empty tokens", func() {
		s := bufio.NewScanner(strings.NewReader(""))
		s.Split(func(data []byte, atEOF bool) (int, []byte, error) { return 0, []byte{}, nil })
		n := 0
		for s.Scan() {
			n++
		}
		fmt.Println("never", n)
	})
	// Scan after the end stays false.
	s = bufio.NewScanner(strings.NewReader("one"))
	fmt.Println(s.Scan(), s.Scan(), s.Scan(), s.Text() == "")
}
