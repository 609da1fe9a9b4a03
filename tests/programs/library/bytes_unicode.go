package main

// Pending until package unicode is merged (branch lib-unicode): the bytes functions that need
// it (compiler/golib/bytes/unicode.go).

import (
	"bytes"
	"fmt"
	"unicode"
)

func main() {
	for _, s := range []string{"hello wörld", "ǆemal ǉubljana", "o'neil is_here 3rd-place", "\u00a0élan\u2003vital", "\xffabc"} {
		fmt.Printf("%q %q %q\n", bytes.Title([]byte(s)), bytes.ToTitle([]byte(s)), bytes.ToUpper([]byte(s)))
	}
	tr := []byte("ıi İI hello")
	fmt.Printf("%q\n", bytes.ToUpperSpecial(unicode.TurkishCase, tr))
	fmt.Printf("%q\n", bytes.ToLowerSpecial(unicode.TurkishCase, tr))
	fmt.Printf("%q\n", bytes.ToTitleSpecial(unicode.TurkishCase, tr))
	fmt.Printf("%q %d\n", bytes.ToTitle(nil), cap(bytes.ToTitle([]byte("abc"))))
	fmt.Println(bytes.IndexFunc([]byte("abc1"), unicode.IsDigit), bytes.TrimFunc([]byte("  x  "), unicode.IsSpace))
}
