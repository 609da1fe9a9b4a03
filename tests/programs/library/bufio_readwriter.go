// bufio.ReadWriter (a *Reader and a *Writer embedded: their methods are promoted), and
// io.Discard as a Writer and as Copy's destination (through its ReadFrom).
package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

func main() {
	var sb strings.Builder
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("in1\nin2\n")), bufio.NewWriter(&sb))
	line, err := rw.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	rw.WriteString("out:" + line)
	fmt.Println(sb.Len(), rw.Writer.Buffered(), rw.Reader.Buffered(), rw.Available())
	fmt.Println(rw.Flush())
	fmt.Printf("%q\n", sb.String())
	var x io.ReadWriter = rw
	b := make([]byte, 3)
	n, _ := x.Read(b)
	fmt.Println(n, string(b[:n]))
	fmt.Fprintf(rw, "%d bytes read\n", n)
	rw.Flush()
	fmt.Printf("%q\n", sb.String())

	n, err = io.Discard.Write([]byte("abc"))
	fmt.Println(n, err)
	m, err := io.Copy(io.Discard, strings.NewReader(strings.Repeat("x", 20000)))
	fmt.Println(m, err)
	m, err = io.CopyN(io.Discard, strings.NewReader("12345"), 3)
	fmt.Println(m, err)
	m, err = io.CopyN(io.Discard, strings.NewReader("12"), 3)
	fmt.Println(m, err)
	buf := make([]byte, 4)
	k, err := io.ReadFull(strings.NewReader("ab"), buf)
	fmt.Println(k, err)
	k, err = io.ReadAtLeast(strings.NewReader("abcdef"), buf, 2)
	fmt.Println(k, err)
	k, err = io.ReadAtLeast(strings.NewReader("abcdef"), buf, 5)
	fmt.Println(k, err)
	lr := io.LimitReader(strings.NewReader("limited reader"), 7)
	all, err := io.ReadAll(lr)
	fmt.Printf("%q %v\n", all, err)
}
