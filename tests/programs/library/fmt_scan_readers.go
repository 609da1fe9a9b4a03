// Fscan, Fscanf and Fscanln over different readers: an io.RuneScanner (strings.Reader,
// bufio.Reader) gets back the rune read past a token, a plain io.Reader loses it; reader
// errors, readers returning data with EOF, zero-length reads and split UTF-8.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// plain is an io.Reader and nothing more, handing out up to chunk bytes per Read.
type plain struct {
	s     string
	chunk int
	reads int
}

func (p *plain) Read(b []byte) (int, error) {
	p.reads++
	if len(p.s) == 0 {
		return 0, io.EOF
	}
	n := p.chunk
	if n > len(b) {
		n = len(b)
	}
	if n > len(p.s) {
		n = len(p.s)
	}
	copy(b, p.s[:n])
	p.s = p.s[n:]
	return n, nil
}

// eofWithData returns its last bytes together with io.EOF.
type eofWithData struct{ s string }

func (r *eofWithData) Read(b []byte) (int, error) {
	n := copy(b, r.s)
	r.s = r.s[n:]
	if len(r.s) == 0 {
		return n, io.EOF
	}
	return n, nil
}

// failing fails with err after handing out s.
type failing struct {
	s   string
	err error
}

func (r *failing) Read(b []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, r.err
	}
	n := copy(b, r.s[:1])
	r.s = r.s[n:]
	return n, nil
}

// lazy returns (0, nil) twice before each byte.
type lazy struct {
	s     string
	calls int
}

func (r *lazy) Read(b []byte) (int, error) {
	r.calls++
	if r.calls%3 != 0 {
		return 0, nil
	}
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	b[0] = r.s[0]
	r.s = r.s[1:]
	return 1, nil
}

// runes is an io.RuneScanner that logs its calls.
type runes struct {
	r   *strings.Reader
	log []string
}

func (r *runes) Read(b []byte) (int, error) { return r.r.Read(b) }
func (r *runes) ReadRune() (rune, int, error) {
	c, n, err := r.r.ReadRune()
	if err != nil {
		r.log = append(r.log, "EOF")
	} else {
		r.log = append(r.log, string(c))
	}
	return c, n, err
}
func (r *runes) UnreadRune() error {
	r.log = append(r.log, "unread")
	return r.r.UnreadRune()
}

func rest(r io.Reader) string {
	b, err := io.ReadAll(r)
	return fmt.Sprintf("%q %v", b, err)
}

func main() {
	var a, b int
	var s string

	sr := strings.NewReader("12x34 rest")
	n, err := fmt.Fscan(sr, &a)
	fmt.Println("strings.Reader:", n, err, a, sr.Len(), rest(sr))

	p := &plain{s: "12x34 rest", chunk: 100}
	n, err = fmt.Fscan(p, &a)
	reads := p.reads
	fmt.Println("plain:", n, err, a, reads, rest(p))

	br := bufio.NewReader(strings.NewReader("12x34 rest"))
	n, err = fmt.Fscan(br, &a)
	fmt.Println("bufio.Reader:", n, err, a, br.Buffered(), rest(br))

	// Reading a stream of numbers until EOF.
	for _, r := range []io.Reader{
		strings.NewReader("1 2\n3\t4  5\n"),
		&plain{s: "1 2\n3\t4  5\n", chunk: 3},
		bufio.NewReader(&plain{s: "1 2\n3\t4  5", chunk: 2}),
		&eofWithData{s: "1 2 3 4 5"},
		&lazy{s: "1 2 3 4 5"},
	} {
		sum, count := 0, 0
		for {
			var x int
			n, err := fmt.Fscan(r, &x)
			if err == io.EOF {
				break
			}
			if err != nil {
				fmt.Println("error:", n, err)
				break
			}
			sum += x
			count++
		}
		fmt.Printf("%T: %d numbers, sum %d\n", r, count, sum)
	}

	// The separator after each token is lost with a plain reader: "1,2,3" reads 1, then 3.
	p = &plain{s: "1,2,3", chunk: 1}
	for {
		n, err := fmt.Fscan(p, &a)
		fmt.Println("plain 1,2,3:", n, err, a)
		if err != nil {
			break
		}
	}
	sr = strings.NewReader("1,2,3")
	for i := 0; i < 2; i++ {
		n, err := fmt.Fscan(sr, &a)
		fmt.Println("strings 1,2,3:", n, err, a, sr.Len())
	}

	// Fscanln line by line.
	for _, r := range []io.Reader{
		strings.NewReader("1 2\n3 4\n5\n6 7 8\n\n9 10"),
		&plain{s: "1 2\n3 4\n5\n6 7 8\n\n9 10", chunk: 1},
	} {
		for i := 0; i < 7; i++ {
			a, b = 0, 0
			n, err := fmt.Fscanln(r, &a, &b)
			fmt.Printf("%T line %d: %d %v %d %d\n", r, i, n, err, a, b)
			if err == io.EOF {
				break
			}
		}
	}

	// Fscanf with newlines in the format, over several calls.
	br = bufio.NewReader(strings.NewReader("3\n10 20 30\nname: go\n"))
	n, err = fmt.Fscanf(br, "%d\n", &a)
	fmt.Println("count:", n, err, a)
	for i := 0; i < a; i++ {
		n, err = fmt.Fscanf(br, "%d", &b)
		fmt.Println("item:", n, err, b)
	}
	n, err = fmt.Fscanf(br, "\nname: %s\n", &s)
	fmt.Println("name:", n, err, s)
	n, err = fmt.Fscanf(br, "%d", &a)
	fmt.Println("after:", n, err)

	// Reader errors.
	boom := errors.New("boom")
	n, err = fmt.Fscan(&failing{"12", boom}, &a)
	fmt.Println("failing after token:", n, err, err == boom, a)
	n, err = fmt.Fscan(&failing{"12 ", boom}, &a, &b)
	fmt.Println("failing before second:", n, err, err == boom)
	n, err = fmt.Fscan(&failing{"", io.ErrUnexpectedEOF}, &a)
	fmt.Println("failing unexpected EOF:", n, err)
	n, err = fmt.Fscan(&failing{"\"ab", boom}, &s)
	fmt.Println("failing in word:", n, err, s)
	n, err = fmt.Fscanf(&failing{"ab", boom}, "%q", &s)
	fmt.Println("failing in %q:", n, err)
	n, err = fmt.Fscanf(&failing{"1", boom}, "%d\n", &a)
	fmt.Println("failing in format newline:", n, err)

	// UTF-8 split across one-byte reads, and invalid UTF-8.
	p = &plain{s: "héllo wörld \xff\xfe 日本", chunk: 1}
	var w1, w2, w3, w4 string
	n, err = fmt.Fscan(p, &w1, &w2, &w3, &w4)
	fmt.Printf("split utf8: %d %v %q %q %q %q\n", n, err, w1, w2, w3, w4)
	p = &plain{s: "a\xe6\x97b \xe6\x97", chunk: 1}
	n, err = fmt.Fscan(p, &w1, &w2)
	fmt.Printf("truncated utf8: %d %v %q %q\n", n, err, w1, w2)
	var c1, c2, c3 rune
	p = &plain{s: "\xe6\x97\xa5\xe6x", chunk: 2}
	n, err = fmt.Fscanf(p, "%c%c%c", &c1, &c2, &c3)
	fmt.Printf("runes: %d %v %U %U %U\n", n, err, c1, c2, c3)

	// What the scanner asks of a RuneScanner.
	rs := &runes{r: strings.NewReader(" 42 x")}
	n, err = fmt.Fscan(rs, &a)
	fmt.Println("calls:", n, err, a, strings.Join(rs.log, ","))
	rs = &runes{r: strings.NewReader("7\n")}
	n, err = fmt.Fscanln(rs, &a)
	fmt.Println("calls ln:", n, err, a, strings.Join(rs.log, ","))
	rs = &runes{r: strings.NewReader("0x1f")}
	n, err = fmt.Fscanf(rs, "%v", &a)
	fmt.Println("calls 0x:", n, err, a, strings.Join(rs.log, ","))
	rs = &runes{r: strings.NewReader("")}
	n, err = fmt.Fscan(rs, &a)
	fmt.Println("calls empty:", n, err, strings.Join(rs.log, ","))

	// A nil reader panics (recovered here).
	func() {
		defer func() { fmt.Println("nil reader:", recover()) }()
		fmt.Fscan(nil, &a)
	}()
}
