// Package textutil has small generic and string helpers.
package textutil

import (
	"strings"
	"unicode"
)

// Ordered is what Max compares.
type Ordered interface {
	~int | ~float64 | ~string
}

// Max returns the largest argument.
func Max[T Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m
}

// Title upper-cases the first letter of every word.
func Title(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

// Calls counts Counter calls.
var Calls int

var next = func() func() int {
	n := 0
	return func() int { n++; Calls++; return n }
}()

// Counter returns 1, 2, 3...
func Counter() int { return next() }

func init() {
	println("init textutil")
}
