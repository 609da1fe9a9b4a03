package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
)

type shortWriter struct{ n int }

func (w *shortWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		return w.n, nil
	}
	return len(p), nil
}

func main() {
	r := bytes.NewReader([]byte("héllo, world"))
	fmt.Println(r.Len(), r.Size())
	p := make([]byte, 4)
	n, err := r.Read(p)
	fmt.Printf("%d %v %q %d\n", n, err, p[:n], r.Len())
	fmt.Println(r.UnreadRune())
	ch, size, err := r.ReadRune()
	fmt.Println(ch, size, err)
	fmt.Println(r.UnreadRune(), r.UnreadRune())
	ch, size, err = r.ReadRune()
	fmt.Println(string(ch), size, err)
	b, err := r.ReadByte()
	fmt.Println(b, err, r.UnreadByte(), r.UnreadByte())
	fmt.Println(r.UnreadRune())

	n, err = r.ReadAt(p, 7)
	fmt.Printf("%d %v %q\n", n, err, p[:n])
	n, err = r.ReadAt(p, 11)
	fmt.Printf("%d %v %q\n", n, err, p[:n])
	n, err = r.ReadAt(p, 13)
	fmt.Println(n, err)
	n, err = r.ReadAt(p, -1)
	fmt.Println(n, err)

	for _, s := range [][2]int64{{0, io.SeekStart}, {3, io.SeekCurrent}, {-2, io.SeekEnd}, {100, io.SeekStart}, {-1, io.SeekStart}, {0, 7}} {
		pos, err := r.Seek(s[0], int(s[1]))
		fmt.Println(pos, err, r.Len())
	}
	n, err = r.Read(p)
	fmt.Println(n, err)
	b, err = r.ReadByte()
	fmt.Println(b, err)
	ch, size, err = r.ReadRune()
	fmt.Println(ch, size, err)
	fmt.Println(r.UnreadByte())

	r.Seek(0, io.SeekStart)
	m, err := r.WriteTo(os.Stdout)
	fmt.Println()
	fmt.Println(m, err, r.Len())
	m, err = r.WriteTo(os.Stdout)
	fmt.Println(m, err)
	r.Reset([]byte("reset data"))
	m, err = r.WriteTo(&shortWriter{n: 3})
	fmt.Println(m, err, r.Len())
	var buf bytes.Buffer
	m, err = io.Copy(&buf, r)
	fmt.Println(m, err, buf.String())

	var z bytes.Reader
	fmt.Println(z.Len(), z.Size())
	n, err = z.Read(p)
	fmt.Println(n, err)
	fmt.Println(z.UnreadByte())

	inv := bytes.NewReader([]byte("\xff\xe2\x82"))
	for {
		ch, size, err := inv.ReadRune()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Println(ch, size)
	}
	all, err := io.ReadAll(bytes.NewReader([]byte("read all")))
	fmt.Printf("%q %v\n", all, err)
	var _ io.ReaderAt = r
	var _ io.Seeker = r
	var _ io.WriterTo = r
	var _ io.RuneScanner = r
	defer func() { fmt.Println("panic:", recover()) }()
	bytes.NewReader([]byte("abc")).WriteTo(liar{})
}

type liar struct{}

func (liar) Write(p []byte) (int, error) { return len(p) + 1, nil }
