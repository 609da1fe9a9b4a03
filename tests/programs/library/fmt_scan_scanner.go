// User types implementing fmt.Scanner: the Scan method is called with the verb and the
// ScanState (ReadRune, UnreadRune, SkipSpace, Token, Width, Read), can scan recursively
// through fmt.Fscan(state, ...), and its errors and panics come back as Go returns them.
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

// Point scans "(x,y)".
type Point struct{ X, Y int }

func (p *Point) Scan(st fmt.ScanState, verb rune) error {
	st.SkipSpace()
	r, _, err := st.ReadRune()
	if err != nil {
		return err
	}
	if r != '(' {
		return fmt.Errorf("point: want '(' got %q", r)
	}
	n, err := fmt.Fscanf(st, "%d,%d)", &p.X, &p.Y)
	if err != nil {
		return fmt.Errorf("point after %d: %w", n, err)
	}
	return nil
}

// Word records what Token returns, and the verb and width it was called with.
type Word struct {
	Text  string
	Verb  rune
	Wid   int
	HasWd bool
}

func (w *Word) Scan(st fmt.ScanState, verb rune) error {
	w.Verb = verb
	w.Wid, w.HasWd = st.Width()
	tok, err := st.Token(true, nil)
	w.Text = string(tok)
	return err
}

// Digits takes a run of digits without skipping space.
type Digits string

func (d *Digits) Scan(st fmt.ScanState, verb rune) error {
	tok, err := st.Token(false, func(r rune) bool { return r >= '0' && r <= '9' })
	if err != nil {
		return err
	}
	if len(tok) == 0 {
		return errors.New("no digits")
	}
	*d = Digits(tok)
	return nil
}

// Runes reads every rune ReadRune gives, to show where input ends for it.
type Runes []rune

func (rs *Runes) Scan(st fmt.ScanState, verb rune) error {
	for {
		r, size, err := st.ReadRune()
		if err != nil {
			if err == io.EOF {
				return nil
			}
			return err
		}
		if size == 0 {
			return errors.New("zero size")
		}
		*rs = append(*rs, r)
	}
}

// Peek reads a rune, unreads it, and reads it again.
type Peek struct{ A, B rune }

func (p *Peek) Scan(st fmt.ScanState, verb rune) error {
	p.A, _, _ = st.ReadRune()
	if err := st.UnreadRune(); err != nil {
		return err
	}
	p.B, _, _ = st.ReadRune()
	return nil
}

// Failing returns what it is told to.
type Failing struct{ Err error }

func (f Failing) Scan(st fmt.ScanState, verb rune) error { return f.Err }

// Panicking panics with its value.
type Panicking struct{ V any }

func (p Panicking) Scan(st fmt.ScanState, verb rune) error { panic(p.V) }

// Reader calls the state's Read.
type Reader struct{ Msg string }

func (r *Reader) Scan(st fmt.ScanState, verb rune) error {
	n, err := st.Read(make([]byte, 4))
	r.Msg = fmt.Sprint(n, " ", err)
	return nil
}

// Spacer calls SkipSpace alone.
type Spacer struct{}

func (Spacer) Scan(st fmt.ScanState, verb rune) error {
	st.SkipSpace()
	return nil
}

// TypeOf records the state's dynamic type.
type TypeOf string

func (t *TypeOf) Scan(st fmt.ScanState, verb rune) error {
	*t = TypeOf(fmt.Sprintf("%T", st))
	return nil
}

// Celsius scans "<number>C" through a nested Fscan.
type Celsius float64

func (c *Celsius) Scan(st fmt.ScanState, verb rune) error {
	var f float64
	if _, err := fmt.Fscan(st, &f); err != nil {
		return err
	}
	r, _, err := st.ReadRune()
	if err != nil || r != 'C' {
		return errors.New("missing C")
	}
	*c = Celsius(f)
	return nil
}

func main() {
	var p, q Point
	n, err := fmt.Sscan(" (1,2) (3,4)", &p, &q)
	fmt.Println("points:", n, err, p, q)
	n, err = fmt.Sscan("(5,x)", &p)
	fmt.Println("bad point:", n, err, p)
	fmt.Println(errors.Unwrap(err))
	n, err = fmt.Sscan("[1,2]", &p)
	fmt.Println("no paren:", n, err)
	n, err = fmt.Sscan("", &p)
	fmt.Println("empty point:", n, err, err == io.ErrUnexpectedEOF)
	n, err = fmt.Sscanf("p=(7,8);", "p=%v;", &p)
	fmt.Println("point in format:", n, err, p)

	var w1, w2 Word
	n, err = fmt.Sscan("  alpha\tbeta ", &w1, &w2)
	fmt.Printf("words: %d %v %+v %+v\n", n, err, w1, w2)
	n, err = fmt.Sscanf("gamma delta", "%3x %s", &w1, &w2)
	fmt.Printf("words verbs: %d %v %+v %+v\n", n, err, w1, w2)
	n, err = fmt.Sscanf("epsilon", "%100q", &w1)
	fmt.Printf("wide: %d %v %+v\n", n, err, w1)
	n, err = fmt.Sscan("", &w1)
	fmt.Printf("empty word: %d %v %+v\n", n, err, w1)

	var d Digits
	n, err = fmt.Sscan("123abc", &d)
	fmt.Println("digits:", n, err, d)
	n, err = fmt.Sscan(" 123", &d)
	fmt.Println("digits after space:", n, err, d)
	var a int
	n, err = fmt.Sscanf("42 007x", "%d%v", &a, &d)
	fmt.Println("digits in format:", n, err, a, d)

	var rs Runes
	n, err = fmt.Sscan("ab c\nd", &rs)
	fmt.Printf("runes Sscan: %d %v %q\n", n, err, string(rs))
	rs = nil
	n, err = fmt.Sscanln("ab c\nd", &rs)
	fmt.Printf("runes Sscanln: %d %v %q\n", n, err, string(rs))
	rs = nil
	n, err = fmt.Sscanf("héllo world", "%3v", &rs)
	fmt.Printf("runes width: %d %v %q\n", n, err, string(rs))
	rs = nil
	var rs2 Runes
	n, err = fmt.Sscanf("abcdef", "%2v%v", &rs, &rs2)
	fmt.Printf("runes widths: %d %v %q %q\n", n, err, string(rs), string(rs2))

	var pk Peek
	n, err = fmt.Sscan("xyz", &pk)
	fmt.Printf("peek: %d %v %c %c\n", n, err, pk.A, pk.B)
	n, err = fmt.Fscan(strings.NewReader("xyz"), &pk)
	fmt.Printf("peek reader: %d %v %c %c\n", n, err, pk.A, pk.B)

	for _, e := range []error{nil, io.EOF, io.ErrUnexpectedEOF, errors.New("custom")} {
		n, err = fmt.Sscan("1 2", Failing{e}, &a)
		fmt.Println("failing:", e, "->", n, err, a)
	}

	var r Reader
	n, err = fmt.Sscan("abc", &r)
	fmt.Println("read:", n, err, r.Msg)

	n, err = fmt.Sscanln("  \n5", Spacer{}, &a)
	fmt.Println("spacer ln:", n, err)
	n, err = fmt.Sscanf("  \n5", "%v", Spacer{})
	fmt.Println("spacer f:", n, err)
	n, err = fmt.Sscan("  \n5", Spacer{}, &a)
	fmt.Println("spacer:", n, err, a)

	var t TypeOf
	fmt.Sscan("x", &t)
	fmt.Println("state type:", t)

	var c1, c2 Celsius
	n, err = fmt.Sscan("21.5C -3C", &c1, &c2)
	fmt.Println("celsius:", n, err, c1, c2)
	n, err = fmt.Sscan("21.5F", &c1)
	fmt.Println("celsius F:", n, err)
	n, err = fmt.Sscan("abc", &c1)
	fmt.Println("celsius abc:", n, err)

	// A value (not a pointer) with a Scan method is a Scanner too.
	var sc fmt.Scanner = Failing{errors.New("by value")}
	n, err = fmt.Sscan("x", sc)
	fmt.Println("value scanner:", n, err)

	// panic(io.EOF) in Scan is an EOF error; other panics go on.
	n, err = fmt.Sscan("x", Panicking{io.EOF})
	fmt.Println("panic EOF:", n, err)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Sscan("x", Panicking{"boom"})
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Sscan("x", Panicking{errors.New("an error")})
	}()
}
