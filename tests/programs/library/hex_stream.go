// encoding/hex: NewEncoder, NewDecoder (with short reads, bad digits and odd lengths), Dump
// and Dumper (line layout, Close, writing after Close, a failing writer).
package main

import (
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// oneByte returns its input one byte per Read.
type oneByte struct{ s string }

func (r *oneByte) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	if len(p) == 0 {
		return 0, nil
	}
	p[0] = r.s[0]
	r.s = r.s[1:]
	return 1, nil
}

// limited accepts n bytes and then fails.
type limited struct {
	n   int
	got strings.Builder
}

func (w *limited) Write(p []byte) (int, error) {
	if len(p) > w.n {
		w.got.Write(p[:w.n])
		k := w.n
		w.n = 0
		return k, errors.New("disk full")
	}
	w.n -= len(p)
	w.got.Write(p)
	return len(p), nil
}

func readAll(r io.Reader, size int) {
	p := make([]byte, size)
	var got []byte
	for i := 0; i < 100; i++ {
		n, err := r.Read(p)
		got = append(got, p[:n]...)
		if err != nil {
			fmt.Printf("  %q err=%v\n", got, err)
			return
		}
	}
	fmt.Printf("  %q (no error)\n", got)
}

func main() {
	var sb strings.Builder
	e := hex.NewEncoder(&sb)
	n, err := e.Write([]byte("hi there"))
	fmt.Println(n, err, sb.String())
	big := make([]byte, 1500)
	for i := range big {
		big[i] = byte(i)
	}
	sb.Reset()
	n, err = e.Write(big)
	fmt.Println(n, err, sb.Len(), sb.String()[1020:1040])

	w := &limited{n: 5}
	e = hex.NewEncoder(w)
	n, err = e.Write([]byte("abcdef"))
	fmt.Println(n, err, w.got.String())
	n, err = e.Write([]byte("x"))
	fmt.Println(n, err)

	for _, in := range []string{"48656c6c6f", "48656c6c6", "48656c6c6z", "4865zz6c6f", "", "0"} {
		fmt.Printf("decode %q\n", in)
		readAll(hex.NewDecoder(strings.NewReader(in)), 3)
		readAll(hex.NewDecoder(&oneByte{in}), 2)
		b, err := io.ReadAll(hex.NewDecoder(strings.NewReader(in)))
		fmt.Printf("  ReadAll %q %v\n", b, err)
	}
	long := strings.Repeat("0123456789abcdef", 100)
	b, err := io.ReadAll(hex.NewDecoder(strings.NewReader(long)))
	fmt.Println(len(b), err, b[:8])

	fmt.Printf("%q\n", hex.Dump(nil))
	fmt.Print(hex.Dump([]byte("0123456789abcdefghijklmnopqrstuvwxyz\x00\x01\xff\n\t~ ")))
	fmt.Print(hex.Dump([]byte("exactly sixteen!")))
	for _, k := range []int{1, 7, 8, 9, 15, 17} {
		fmt.Print(hex.Dump(big[60 : 60+k]))
	}

	d := hex.Dumper(os.Stdout)
	d.Write([]byte("abc"))
	d.Write([]byte("defghijklmnopqrstu"))
	fmt.Println(d.Close(), d.Close())
	n, err = d.Write([]byte("x"))
	fmt.Println(n, err)

	d = hex.Dumper(os.Stdout)
	fmt.Println(d.Close())

	lw := &limited{n: 20}
	d = hex.Dumper(lw)
	n, err = d.Write([]byte("0123456789"))
	fmt.Printf("%d %v %q\n", n, err, lw.got.String())
}
