package main

// Package strconv: unquoting. Unquote, UnquoteChar and QuotedPrefix on valid and invalid
// literals of the three kinds, escapes of every form, and trailing text.

import (
	"fmt"
	"strconv"
)

func main() {
	lits := []string{
		``, `"`, `""`, `"abc"`, `"a\"b"`, `"\a\b\f\n\r\t\v\\\'"`, `"\'"`, `"\x41\101\u00e9\U0001F600"`, `"\x4"`, `"\400"`,
		`"\uD800"`, `"\U00110000"`, `"\z"`, "\"a\nb\"", `"abc"def`, `"abc" `, `'a'`, `'ab'`, `''`, `'\''`, `'"'`, `'\"'`,
		`'\x41'`, `'\u00e9'`, `'é'`, "'\xff'", `'\377'`, "`raw\\n`", "`a\rb`", "`a`b", "`unterminated", `"unterminated`,
		`"\xff"`, "\"\xff\"", `abc`, `'`, `"\`, `"\u12"`, `"é"`, "\"\u2028\"", "'\n'", `"a""b"`, `'a''b'`,
	}
	for _, s := range lits {
		v, err := strconv.Unquote(s)
		p, perr := strconv.QuotedPrefix(s)
		fmt.Printf("%-24q Unquote=%q %v  QuotedPrefix=%q %v\n", s, v, err, p, perr)
	}
	chars := []struct {
		s string
		q byte
	}{
		{`abc`, '"'}, {`\nrest`, '"'}, {`\"x`, '"'}, {`\"x`, '\''}, {`\'x`, '\''}, {`\'x`, '"'}, {`"x`, '"'}, {`'x`, '\''},
		{`'x`, '"'}, {`"x`, 0}, {`\x41z`, 0}, {`\u00e9z`, 0}, {`\U0001F600z`, 0}, {`\101z`, 0}, {`\8`, 0}, {`\`, 0}, {``, 0},
		{"é!", 0}, {"\xff!", 0}, {`\uD800`, 0}, {`\q`, '"'}, {`\377`, '\''}, {`\xZZ`, 0}, {"\x00", 0},
	}
	for _, c := range chars {
		v, mb, tail, err := strconv.UnquoteChar(c.s, c.q)
		fmt.Printf("%q %q: %q %v %q %v\n", c.s, c.q, v, mb, tail, err)
	}
	// Round trips.
	for _, s := range []string{"", "plain", "tab\t", "\x00\xff", "héllo\u2028", "\U0001F600'\""} {
		for _, q := range []string{strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s)} {
			back, err := strconv.Unquote(q)
			fmt.Print(back == s, err, " ")
		}
	}
	fmt.Println()
}
