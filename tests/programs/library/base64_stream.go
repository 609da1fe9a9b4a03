// encoding/base64: NewEncoder (partial groups across writes, Close, a failing writer) and
// NewDecoder (short reads, line breaks, unpadded ends, truncated and corrupt input).
package main

import (
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"strings"
)

type chunky struct {
	s string
	k int
}

func (r *chunky) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	n := r.k
	if n > len(p) {
		n = len(p)
	}
	if n > len(r.s) {
		n = len(r.s)
	}
	copy(p, r.s[:n])
	r.s = r.s[n:]
	return n, nil
}

type failing struct{ n int }

func (w *failing) Write(p []byte) (int, error) {
	if w.n <= 0 {
		return 0, errors.New("write failed")
	}
	w.n--
	fmt.Printf("  wrote %q\n", p)
	return len(p), nil
}

func drain(r io.Reader, size int) {
	p := make([]byte, size)
	var got []byte
	for i := 0; i < 1000; i++ {
		n, err := r.Read(p)
		got = append(got, p[:n]...)
		if err != nil {
			fmt.Printf("  %q err=%v\n", got, err)
			return
		}
	}
	fmt.Printf("  %q no error\n", got)
}

func main() {
	var sb strings.Builder
	e := base64.NewEncoder(base64.StdEncoding, &sb)
	for _, s := range []string{"a", "b", "", "cdefg", "hijklmnopqrstu", "v"} {
		n, err := e.Write([]byte(s))
		fmt.Println(n, err, sb.String())
	}
	fmt.Println(e.Close(), sb.String())
	fmt.Println(e.Close(), sb.String())

	sb.Reset()
	e = base64.NewEncoder(base64.RawURLEncoding, &sb)
	big := make([]byte, 2000)
	for i := range big {
		big[i] = byte(i * 7)
	}
	n, err := e.Write(big)
	fmt.Println(n, err, sb.Len())
	e.Close()
	fmt.Println(sb.Len(), sb.String()[1360:1380])

	e = base64.NewEncoder(base64.StdEncoding, &failing{1})
	n, err = e.Write([]byte("abcdef"))
	fmt.Println(n, err)
	n, err = e.Write([]byte("ghi"))
	fmt.Println(n, err)
	fmt.Println(e.Close())

	inputs := []string{"Zm9vYmFy", "Zm9vYmE=", "Zm9v\nYmFy\n", "Zm9vYm", "Zm9vY", "Zm9v!mFy", "Zm9vYmFyYmF6", "", "\n\n", "Zg==Zg=="}
	for _, in := range inputs {
		for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding} {
			fmt.Printf("decode %q pad=%v\n", in, enc == base64.StdEncoding)
			drain(base64.NewDecoder(enc, strings.NewReader(in)), 100)
			drain(base64.NewDecoder(enc, &chunky{in, 1}), 2)
			drain(base64.NewDecoder(enc, &chunky{in, 3}), 1)
			drain(base64.NewDecoder(enc, &chunky{in, 5}), 0)
		}
	}
	long := base64.StdEncoding.EncodeToString(big)
	b, err := io.ReadAll(base64.NewDecoder(base64.StdEncoding, strings.NewReader(long)))
	fmt.Println(len(b), err, string(b) == string(big))
}
