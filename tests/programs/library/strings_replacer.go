package main

// Package strings: Replacer. Each of Go's four ways (byte to byte, byte to string, one
// string, any strings) with its priorities, empty old strings, duplicates, and the pieces
// WriteString writes, to a writer with and without WriteString and to one that fails.

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
)

// logWriter records each call.
type logWriter struct{ calls []string }

func (w *logWriter) Write(p []byte) (int, error) {
	w.calls = append(w.calls, "W"+string(p))
	return len(p), nil
}

// logStringWriter has WriteString too.
type logStringWriter struct{ logWriter }

func (w *logStringWriter) WriteString(s string) (int, error) {
	w.calls = append(w.calls, "S"+s)
	return len(s), nil
}

// failWriter accepts limit bytes, then fails.
type failWriter struct{ limit int }

func (w *failWriter) Write(p []byte) (int, error) {
	if len(p) > w.limit {
		n := w.limit
		w.limit = 0
		return n, errors.New("full")
	}
	w.limit -= len(p)
	return len(p), nil
}

func run(name string, r *strings.Replacer, inputs ...string) {
	fmt.Println(name)
	for _, s := range inputs {
		fmt.Printf("  %q -> %q\n", s, r.Replace(s))
		var a logWriter
		n, err := r.WriteString(&a, s)
		fmt.Printf("    W %d %v %q\n", n, err, a.calls)
		var b logStringWriter
		n, err = r.WriteString(&b, s)
		fmt.Printf("    S %d %v %q\n", n, err, b.calls)
		for _, lim := range []int{0, 3} {
			n, err = r.WriteString(&failWriter{lim}, s)
			fmt.Printf("    fail%d %d %v\n", lim, n, err)
		}
	}
}

func main() {
	in := []string{"", "abc", "hello <b>&amp;</b> 'x' \"y\"", "aaaa", "xyz", "a\xffb", "banana"}
	run("byte", strings.NewReplacer("a", "1", "b", "2", "a", "3"), in...)
	run("byte string", strings.NewReplacer("a", "1", "b", "", "c", "[c]", "a", "x"), in...)
	run("html", strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;", "'", "&#39;", "\"", "&#34;"), in...)
	run("single", strings.NewReplacer("ana", "<ANA>"), in...)
	run("single empty new", strings.NewReplacer("ab", ""), in...)
	run("generic", strings.NewReplacer("a", "A", "aa", "XX", "ban", "BAN", "anana", "!"), in...)
	run("generic longer first", strings.NewReplacer("aaa", "3", "aa", "2", "a", "1"), in...)
	run("empty old", strings.NewReplacer("", "-"), in...)
	run("empty and others", strings.NewReplacer("a", "A", "", "-", "b", "B"), in...)
	run("others then empty", strings.NewReplacer("ab", "X", "", "_"), in...)
	run("none", strings.NewReplacer(), in...)
	run("same", strings.NewReplacer("a", "a", "bc", "bc"), in...)
	run("invalid utf8", strings.NewReplacer("\xff", "?", "b", "B"), in...)
	// Large input through the byte replacer (Go writes 32 KiB at a time).
	big := strings.Repeat("ab", 40000)
	var w logWriter
	n, err := strings.NewReplacer("a", "b").WriteString(&w, big)
	fmt.Println(n, err, len(w.calls), len(w.calls[0]), len(w.calls[len(w.calls)-1]))
	// Concurrent first use.
	r := strings.NewReplacer("x", "y", "yy", "z")
	var wg sync.WaitGroup
	res := make([]string, 8)
	for i := range res {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			res[i] = r.Replace("xxyy")
		}(i)
	}
	wg.Wait()
	fmt.Println(res)
	var _ io.Writer = &w
	defer func() { fmt.Println("recovered:", recover()) }()
	strings.NewReplacer("a")
}
