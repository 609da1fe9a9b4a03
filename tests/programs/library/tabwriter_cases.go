package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"text/tabwriter"
)

type test struct {
	minwidth, tabwidth, padding int
	padchar                     byte
	flags                       uint
	src                         string
}

var tests = []test{
	{8, 0, 1, '.', 0, ""},
	{8, 0, 1, '.', 0, "\n\n\n"},
	{8, 0, 1, '.', 0, "a\nb\nc"},
	{8, 0, 1, '.', 0, "\t"},
	{8, 0, 1, '.', 0, "\t\t"},
	{8, 0, 1, '.', 0, "\t\n"},
	{8, 0, 1, '.', 0, "*\t*"},
	{8, 0, 1, '.', 0, "*\t*\n"},
	{8, 0, 1, '.', 0, "Hello, world!\n"},
	{8, 0, 1, '.', 0, "1\t2\t3\t4\n11\t222\t3333\t44444\n"},
	{8, 0, 1, '.', 0, "1\t2\t3\t4\n11\t222\t3333\t44444\n\t\t\t\n"},
	{0, 0, 0, '.', 0, "\t\t\t\t\n"},
	{0, 0, 0, '.', DiscardEmptyColumns, "\t\t\t\t\n"},
	{0, 0, 0, '.', DiscardEmptyColumns, "\v\v\v\v\n"},
	{0, 0, 0, '.', DiscardEmptyColumns, "a\tb\t\tc\n1\t2\t\t3\n"},
	{8, 0, 1, '.', 0, "a\tb\tc\naa\tbbb\tcccc\naaa\tbbbb\n"},
	{8, 0, 1, '.', AlignRight, "a\tb\tc\naa\tbbb\tcccc\naaa\tbbbb\n"},
	{4, 8, 0, '\t', 0, "a\tb\tc\naa\tbbb\tcccc\naaa\tbbbb\n"},
	{4, 8, 0, '\t', AlignRight, "a\tb\tc\naa\tbbb\tcccc\naaa\tbbbb\n"},
	{0, 8, 1, '\t', 0, "a\tb\tc\naa\tbbb\tcccc\naaa\tbbbb\nx\n"},
	{0, 0, 1, '\t', 0, "a\tb\n"},
	{1, 0, 1, '-', Debug, "a\tb\tc\naa\tbbb\tcccc\naaa\tbbbb\n"},
	{1, 0, 1, '-', Debug | AlignRight, "a\tb\tc\n\f\naa\tbbb\tcccc\naaa\tbbbb\n"},
	{0, 4, 0, '.', 0, "a\tb\tc\fd\te\f\f"},
	{5, 0, 0, '.', 0, "1\v2\v3\n11\v222\v3333\n"},
	{5, 0, 0, '.', DiscardEmptyColumns, "1\v\v3\n11\v\v3333\n"},
	{0, 0, 1, '_', Debug, "a\t\tb\n\t\tc\n"},
	{0, 8, 1, ' ', TabIndent, "\tx\n\t\ty\n\t\t\tz\tw\n"},
	{0, 8, 1, '.', TabIndent, "\tx\n\t\ty\n"},
	{0, 8, 1, '.', TabIndent | DiscardEmptyColumns, "\t\tx\ty\n"},
	{8, 0, 1, '.', FilterHTML, "<b>bold</b>\t&lt;x&gt;\tplain\n<i>a</i>\t&amp;&amp;\tz\n"},
	{8, 0, 1, '.', 0, "<b>bold</b>\t&lt;x&gt;\tplain\n<i>a</i>\t&amp;&amp;\tz\n"},
	{8, 0, 1, '.', FilterHTML, "unterminated <tag\tx\n"},
	{8, 0, 1, '.', 0, "\xffesc\taped\xff\tx\nab\tc\n"},
	{8, 0, 1, '.', StripEscape, "\xffesc\taped\xff\tx\nab\tc\n"},
	{8, 0, 1, '.', StripEscape, "open \xffescape\tnever closed"},
	{0, 0, 2, ' ', 0, "héllo\twörld\tø\nä\tbb\tccc\n"},
	{0, 0, 1, ' ', 0, "a\tb\n\nc\td\n"},
	{10, 4, 2, '*', AlignRight | Debug, "right\taligned\ncolumns\there\n"},
	{0, 4, 1, '\t', AlignRight | FilterHTML | StripEscape | TabIndent | Debug | DiscardEmptyColumns, "\t<x>y</x>\t\xffz\xff\t&q;\n\tok\t\tend\n"},
}

const (
	FilterHTML          = tabwriter.FilterHTML
	StripEscape         = tabwriter.StripEscape
	AlignRight          = tabwriter.AlignRight
	DiscardEmptyColumns = tabwriter.DiscardEmptyColumns
	TabIndent           = tabwriter.TabIndent
	Debug               = tabwriter.Debug
)

// write feeds src in chunks of n bytes (all at once if n == 0).
func write(w *tabwriter.Writer, src string, n int) {
	if n == 0 {
		w.Write([]byte(src))
		return
	}
	for len(src) > 0 {
		k := n
		if k > len(src) {
			k = len(src)
		}
		w.Write([]byte(src[:k]))
		src = src[k:]
	}
}

type failWriter struct {
	after int
	err   error
}

func (f *failWriter) Write(p []byte) (int, error) {
	if f.after <= 0 {
		return 0, f.err
	}
	f.after--
	return len(p), nil
}

type shortWriter struct{}

func (shortWriter) Write(p []byte) (int, error) { return len(p) / 2, nil }

type panicWriter struct{}

func (panicWriter) Write(p []byte) (int, error) { panic("boom") }

func main() {
	fmt.Println(FilterHTML, StripEscape, AlignRight, DiscardEmptyColumns, TabIndent, Debug, tabwriter.Escape)
	for i, t := range tests {
		for _, chunk := range []int{0, 1, 3} {
			var buf bytes.Buffer
			w := tabwriter.NewWriter(&buf, t.minwidth, t.tabwidth, t.padding, t.padchar, t.flags)
			write(w, t.src, chunk)
			err := w.Flush()
			fmt.Printf("%d/%d %q %v\n", i, chunk, buf.String(), err)
		}
	}

	// The documentation's examples.
	w := new(tabwriter.Writer)
	w.Init(os.Stdout, 0, 8, 0, '\t', 0)
	fmt.Fprintln(w, "a\tb\tc\td\t.")
	fmt.Fprintln(w, "123\t12345\t1234567\t123456789\t.")
	fmt.Fprintln(w)
	w.Flush()
	w.Init(os.Stdout, 5, 0, 1, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "a\tb\tc\td\t.")
	fmt.Fprintln(w, "123\t12345\t1234567\t123456789\t.")
	fmt.Fprintln(w)
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 0, 0, 1, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "a\tb\tc")
	fmt.Fprintln(w, "aa\tbb\tcc")
	fmt.Fprintln(w, "aaa\t") // trailing tab
	fmt.Fprintln(w, "aaaa\tdddd\teeee")
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 0, 8, 1, '\t', tabwriter.AlignRight)
	fmt.Fprintln(w, "a\tb\tc\td\t")
	fmt.Fprintln(w, "x\ty\tz")
	w.Flush()

	// Nothing is written before a flush point; Write returns len(buf).
	var out bytes.Buffer
	w = tabwriter.NewWriter(&out, 0, 8, 1, ' ', 0)
	n, err := w.Write([]byte("a\tb\nccc\td\n"))
	fmt.Printf("%d %v %q\n", n, err, out.String())
	n, err = w.Write([]byte("single line\n"))
	fmt.Printf("%d %v %q\n", n, err, out.String())
	n, err = w.Write([]byte("x\ty"))
	fmt.Printf("%d %v %q\n", n, err, out.String())
	fmt.Println(w.Flush(), fmt.Sprintf("%q", out.String()))

	// Output errors come back from Write and Flush.
	custom := errors.New("disk full")
	w = tabwriter.NewWriter(&failWriter{after: 1, err: custom}, 0, 8, 1, ' ', 0)
	n, err = w.Write([]byte("a\tb\nline without tabs\nmore\n"))
	fmt.Println(n, err)
	w.Write([]byte("c\td\n"))
	fmt.Println(w.Flush())
	fmt.Println(w.Flush())
	w = tabwriter.NewWriter(shortWriter{}, 0, 8, 1, ' ', 0)
	w.Write([]byte("abcd\tefgh\n"))
	err = w.Flush()
	fmt.Println(err, err == io.ErrShortWrite)

	// Reusing a Writer after Init.
	var again bytes.Buffer
	w.Init(&again, 3, 8, 1, '+', 0)
	fmt.Fprint(w, "x\ty\n")
	w.Flush()
	fmt.Printf("%q\n", again.String())

	// Panics.
	for _, f := range []func(){
		func() { tabwriter.NewWriter(os.Stdout, -1, 8, 1, ' ', 0) },
		func() { tabwriter.NewWriter(os.Stdout, 0, -8, 1, ' ', 0) },
		func() { new(tabwriter.Writer).Init(os.Stdout, 0, 8, -1, ' ', 0) },
		func() {
			w := tabwriter.NewWriter(panicWriter{}, 0, 8, 1, ' ', 0)
			w.Write([]byte("x\n"))
		},
		func() {
			w := tabwriter.NewWriter(panicWriter{}, 0, 8, 1, ' ', 0)
			w.Write([]byte("x\ty"))
			w.Flush()
		},
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			f()
		}()
	}
}
