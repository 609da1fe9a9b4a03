// Package strings written in Go: Builder (growth as Go's, the copy check, Fprintf into it),
// Reader, Repeat and its panics, and the functions taking a func.
package main

import (
	"fmt"
	"io"
	"strings"
)

// ASCII stand-ins for package unicode's predicates.
func isDigit(r rune) bool  { return '0' <= r && r <= '9' }
func isSpace(r rune) bool  { return r == ' ' || r == '\t' || r == '\n' }
func isLetter(r rune) bool { return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r > 127 }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
}

func builder() {
	var b strings.Builder
	p := func() { fmt.Println(b.Len(), b.Cap(), fmt.Sprintf("%q", b.String())) }
	p()
	n, err := b.WriteString("hello")
	fmt.Println(n, err)
	p()
	fmt.Println(b.WriteByte(','))
	p()
	n, err = b.WriteRune('世')
	fmt.Println(n, err)
	p()
	early := b.String()
	n, _ = b.WriteRune(-1)
	fmt.Println(n)
	p()
	b.WriteString(strings.Repeat("x", 20))
	p()
	b.Grow(100)
	p()
	b.Grow(10)
	p()
	b.WriteString(strings.Repeat("y", 300))
	fmt.Println(b.Len(), b.Cap(), len(b.String()))
	fmt.Printf("%q\n", early)
	b.Reset()
	p()
	b.WriteRune('é')
	p()
	b.Write([]byte{'a', 'b'})
	p()

	var c strings.Builder
	var caps []int
	for i := 0; i < 2000; i++ {
		c.WriteByte('a')
		switch i {
		case 7, 8, 255, 256, 511, 512, 1999:
			caps = append(caps, c.Cap())
		}
	}
	fmt.Println(caps)
	var d strings.Builder
	d.WriteString(strings.Repeat("z", 33000))
	fmt.Println(d.Cap())
	d.WriteString("q")
	fmt.Println(d.Len(), d.Cap())

	var e strings.Builder
	fmt.Fprintf(&e, "%d-%s-%v", 7, "seven", []int{7})
	fmt.Fprintln(&e, " done")
	fmt.Fprint(&e, 1.5, true)
	fmt.Printf("%q\n", e.String())
	var w io.Writer = &e
	io.WriteString(w, "!")
	fmt.Println(e.String(), e.Len())

	// A zero Builder may be copied; a used one may not.
	var z strings.Builder
	z2 := z
	z2.WriteString("fine")
	fmt.Println(z2.String())
	try("copy", func() {
		var a strings.Builder
		a.WriteString("x")
		a2 := a
		fmt.Println("len of copy", a2.Len(), a2.String())
		a2.WriteString("y")
	})
	try("copy grow", func() {
		var a strings.Builder
		a.Grow(1)
		a2 := a
		a2.Grow(1)
	})
	try("grow", func() {
		var a strings.Builder
		a.Grow(-1)
	})
	try("reset copy", func() {
		var a strings.Builder
		a.WriteString("x")
		a2 := a
		a2.Reset()
		a2.WriteString("ok")
		fmt.Println(a2.String())
	})
}

func reader() {
	r := strings.NewReader("héllo, wörld")
	fmt.Println(r.Len(), r.Size())
	buf := make([]byte, 4)
	n, err := r.Read(buf)
	fmt.Printf("%d %v %q %d\n", n, err, buf[:n], r.Len())
	c, err := r.ReadByte()
	fmt.Println(c, err, r.UnreadByte(), r.UnreadByte())
	fmt.Println(r.UnreadRune())
	ch, size, err := r.ReadRune()
	fmt.Println(ch, size, err, r.UnreadRune(), r.UnreadRune())
	ch, size, _ = r.ReadRune()
	fmt.Printf("%c %d\n", ch, size)
	pos, err := r.Seek(-6, io.SeekEnd)
	fmt.Println(pos, err)
	rest, err := io.ReadAll(r)
	fmt.Printf("%q %v %d\n", rest, err, r.Len())
	n, err = r.Read(buf)
	fmt.Println(n, err)
	_, err = r.ReadByte()
	fmt.Println(err)
	_, _, err = r.ReadRune()
	fmt.Println(err)
	fmt.Println(r.Seek(-1, io.SeekStart))
	fmt.Println(r.Seek(0, 7))
	fmt.Println(r.Seek(100, io.SeekStart))
	fmt.Println(r.Len())
	n, err = r.ReadAt(buf, 1)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	n, err = r.ReadAt(buf, 11)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	_, err = r.ReadAt(buf, -1)
	fmt.Println(err)
	r.Reset("\xffab")
	ch, size, _ = r.ReadRune()
	fmt.Println(ch, size, r.Len())
	var sb strings.Builder
	m, err := r.WriteTo(&sb)
	fmt.Println(m, err, sb.String())
	m, err = io.Copy(&sb, strings.NewReader("+copied"))
	fmt.Println(m, err, sb.String())
	var z strings.Reader
	fmt.Println(z.Len(), z.Size())
	_, err = z.Read(buf)
	fmt.Println(err)
	fmt.Println(z.UnreadByte())
}

func funcs() {
	fmt.Printf("%q\n", strings.Repeat("-", 0))
	fmt.Printf("%q\n", strings.Repeat("", 5))
	fmt.Println(strings.Repeat("ab", 5), len(strings.Repeat("abc", 1000)))
	try("repeat negative", func() { strings.Repeat("ab", -1) })
	try("repeat overflow", func() { strings.Repeat("ab", 1<<62) })
	try("repeat huge", func() { strings.Repeat("ab", 1<<48) })

	rot := func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r == ' ':
			return -1
		}
		return r
	}
	fmt.Println(strings.Map(rot, "hello world"), strings.Map(rot, "HELLO"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return r }, "a\xffb"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		return r
	}, "a\xffb\uFFFDc"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return r + 1 }, "\xff€"))
	calls := 0
	strings.Map(func(r rune) rune { calls++; return r + 1 }, "abcd")
	fmt.Println(calls)

	notLetter := func(r rune) bool { return !isLetter(r) && !isDigit(r) }
	fmt.Printf("%q\n", strings.FieldsFunc("  foo1;bar2,baz3...", notLetter))
	fmt.Printf("%q\n", strings.FieldsFunc(";;;", notLetter))
	fmt.Println(strings.FieldsFunc("", notLetter) == nil)
	ff := strings.FieldsFunc("a b c d e f g h i", isSpace)
	fmt.Println(len(ff), cap(ff))
	fmt.Println(strings.IndexFunc("Hello, 世界", isSpace), strings.IndexFunc("abc", isDigit))
	fmt.Println(strings.IndexFunc("ab世界", func(r rune) bool { return r > 255 }))
	fmt.Println(strings.LastIndexFunc("go123go", isDigit), strings.LastIndexFunc("go", isDigit))
	fmt.Println(strings.LastIndexFunc("a世b\xff", func(r rune) bool { return r > 255 }))
	fmt.Printf("%q\n", strings.TrimFunc("¡¡¡Hello, Gophers!!!", notLetter))
	fmt.Printf("%q\n", strings.TrimLeftFunc("123abc456", isDigit))
	fmt.Printf("%q\n", strings.TrimRightFunc("123abc456", isDigit))
	fmt.Printf("%q\n", strings.TrimRightFunc("abc\xe2\x82", func(r rune) bool { return r == 'x' }))
	fmt.Printf("%q\n", strings.TrimFunc("12345", isDigit))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	fmt.Println(strings.Contains("seafood", "foo"), strings.ToUpper("héllo"), strings.Fields(" a b "))
}

func main() {
	builder()
	reader()
	funcs()
}
