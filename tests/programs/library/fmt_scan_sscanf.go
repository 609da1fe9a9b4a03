// Sscanf: every verb on every operand type, widths, literal text, spaces and newlines in the
// format and the input, %%, and every error path (n and err printed).
package main

import "fmt"

func report(what string, n int, err error, vals ...any) {
	fmt.Printf("%-26q n=%d err=%v", what, n, err)
	for _, v := range vals {
		fmt.Printf(" %T:%#v", v, v)
	}
	fmt.Println()
}

func intVerbs() {
	cases := [][2]string{
		{"%d", "123"}, {"%d", "-123"}, {"%d", "0x10"}, {"%d", "0755"}, {"%d", "1_0"},
		{"%v", "0x10"}, {"%v", "0755"}, {"%v", "1_0"}, {"%b", "1011"}, {"%b", "-1011"},
		{"%b", "102"}, {"%b", "2"}, {"%o", "777"}, {"%o", "0o7"}, {"%o", "8"}, {"%x", "ff"},
		{"%x", "0xff"}, {"%X", "FF"}, {"%x", "-1a"}, {"%U", "U+1F600"}, {"%U", "U+"},
		{"%U", "u+41"}, {"%U", "U41"}, {"%U", "41"}, {"%c", "A"}, {"%c", " A"}, {"%c", "é"},
		{"%c", "\n"}, {"%c", ""}, {"%s", "12"}, {"%q", "12"}, {"%f", "1"}, {"%t", "1"},
		{"%3d", "12345"}, {"%1d", "-5"}, {"%2d", "-5"}, {"%0d", "5"}, {"%5d", "  42"},
		{"%2x", "fff"}, {"%2c", "ab"}, {"%z", "1"}, {"%d", "+7"}, {"%x", "+7"},
	}
	for _, c := range cases {
		var i int
		n, err := fmt.Sscanf(c[1], c[0], &i)
		report(c[0]+" "+c[1], n, err, i)
	}
	for _, c := range [][2]string{{"%c", "A"}, {"%c", "é"}, {"%d", "-1"}, {"%x", "1g"}, {"%U", "U+FF"}} {
		var u uint8
		n, err := fmt.Sscanf(c[1], c[0], &u)
		report("uint8 "+c[0]+" "+c[1], n, err, u)
	}
	var r rune
	n, err := fmt.Sscanf("日", "%c", &r)
	report("rune %c", n, err, r)
	var i16 int16
	n, err = fmt.Sscanf("日", "%c", &i16)
	report("int16 %c", n, err, i16)
}

func otherVerbs() {
	for _, c := range [][2]string{
		{"%s", "word rest"}, {"%v", "word"}, {"%q", `"quoted \"x\" \u00e9"`}, {"%q", "`raw \\n`"},
		{"%q", `"unterminated`}, {"%q", "`unterminated"}, {"%q", "noquote"}, {"%q", `"bad \z"`},
		{"%q", `"a\\"`}, {"%q", `"tab	in"`}, {"%x", "48656c6c6f"}, {"%X", "48656C6C6F!"},
		{"%x", "4"}, {"%x", "4g"}, {"%x", "zz"}, {"%x", "  6869 x"}, {"%d", "x"}, {"%c", "x"},
		{"%3s", "abcdef"}, {"%3s", "ab cdef"}, {"%1s", "日本"}, {"%4x", "41424344"},
		{"%5q", `"abcdefgh"`}, {"%s", ""}, {"%q", ""}, {"%x", ""},
	} {
		var s string
		n, err := fmt.Sscanf(c[1], c[0], &s)
		report(c[0]+" "+c[1], n, err, s)
	}
	for _, c := range [][2]string{
		{"%f", "1.5"}, {"%e", "1e3"}, {"%g", "-2.5"}, {"%E", "1E1"}, {"%F", "2"}, {"%G", "3"},
		{"%b", "4"}, {"%v", "0x1p4"}, {"%d", "1.5"}, {"%x", "1"}, {"%s", "1"}, {"%3f", "1.2345"},
		{"%4f", "-1e10"}, {"%f", "1e"}, {"%2f", "1e5"},
	} {
		var f float64
		n, err := fmt.Sscanf(c[1], c[0], &f)
		report(c[0]+" "+c[1], n, err, f)
	}
	var f32 float32
	n, err := fmt.Sscanf("1.5", "%d", &f32)
	report("float32 %d", n, err, f32)
	for _, c := range [][2]string{{"%t", "true"}, {"%v", "F"}, {"%d", "1"}, {"%s", "true"}, {"%2t", "true"}} {
		var b bool
		n, err := fmt.Sscanf(c[1], c[0], &b)
		report(c[0]+" "+c[1], n, err, b)
	}
	var bs []byte
	n, err = fmt.Sscanf("6869", "%x", &bs)
	report("[]byte %x", n, err, bs)
	n, err = fmt.Sscanf("x", "%d", &bs)
	report("[]byte %d", n, err, bs)
}

func formats() {
	var a, b int
	var s string
	for _, c := range [][2]string{
		{"%d %d", "1 2"}, {"%d %d", "1    2"}, {"%d %d", "1\t2"}, {"%d %d", "12"},
		{"%d%d", "1 2"}, {"%d,%d", "1,2"}, {"%d,%d", "1, 2"}, {"%d, %d", "1,2"},
		{"%d ,%d", "1 , 2"}, {"%d-%d", "1-2"}, {"%d-%d", "1 -2"}, {"(%d)", "(5)"},
		{"(%d)", "5"}, {"%d\n%d", "1\n2"}, {"%d\n%d", "1 \n 2"}, {"%d\n%d", "1 2"},
		{"%d %d", "1\n2"}, {"%d\n\n%d", "1\n2"}, {"%d\n\n%d", "1\n\n2"}, {"%d \n %d", "1\n2"},
		{"%d%%", "5%"}, {"%d %%", "5 %"}, {"%d%%", "5 %"}, {"%d%5%", "5 %"}, {"%d%%", "5x"},
		{"%d%%", "5"}, {"%d %d", "1"}, {"%d %d", ""}, {"x%d", "x1"}, {"x%d", "y1"},
		{"%d%", "1"}, {"%", "1"}, {"%d %d %d", "1 2 3"}, {"%d", "1 2"}, {"%d\n", "1"},
		{"%d\n", "1\n"}, {"%d\n", "1 x"}, {" %d", "1"}, {"\n%d", "1"}, {"\n%d", "\n1"},
		{"%d ", "1"}, {"%d ", "1\n"}, {"%d\t", "1 "}, {"%d  %d", "1 2"}, {"%d%d", "12"},
		{"%1d%1d", "12"}, {"héllo %d", "héllo 3"}, {"héllo %d", "hallo 3"}, {"%d\r\n%d", "1\r\n2"},
		{"%d\n%d", "1\r\n2"}, {"%d %d", "1\r\n2"}, {"%d\u00a0%d", "1 2"}, {"%d %d", "1\u00a02"},
		{"%5", "1"}, {"%d %v", "1 2"}, {"a b", "a b"}, {"a b", "ab"}, {"a\nb", "a b"},
	} {
		a, b = 0, 0
		n, err := fmt.Sscanf(c[1], c[0], &a, &b)
		report(c[0]+" | "+c[1], n, err, a, b)
	}
	n, err := fmt.Sscanf("1 2", "%d %d %d", &a, &b)
	report("too few operands", n, err, a, b)
	n, err = fmt.Sscanf("1", "%d", &a, &b)
	report("too many operands", n, err, a, b)
	n, err = fmt.Sscanf("1", "", &a)
	report("empty format", n, err, a)
	n, err = fmt.Sscanf("abc", "abc")
	report("literal only", n, err)
	n, err = fmt.Sscanf("abd", "abc")
	report("literal mismatch", n, err)
	n, err = fmt.Sscanf("ab", "abc")
	report("literal short", n, err)
	n, err = fmt.Sscanf("name: Gopher age: 13", "name: %s age: %d", &s, &a)
	report("name/age", n, err, s, a)
	n, err = fmt.Sscanf("5 apples", "%d %s", &a, &s)
	report("5 apples", n, err, a, s)
	var c1, c2, c3 rune
	n, err = fmt.Sscanf("a b", "%c%c%c", &c1, &c2, &c3)
	report("%c%c%c", n, err, c1, c2, c3)
	n, err = fmt.Sscanf("a\nb", "%c%c%c", &c1, &c2, &c3)
	report("%c newline", n, err, c1, c2, c3)
	n, err = fmt.Sscanf("ab", "%c %c", &c1, &c2)
	report("%c %c", n, err, c1, c2)
	n, err = fmt.Sscanf("12:34:56", "%d:%d:%d", &a, &b, &c1)
	report("clock", n, err, a, b, c1)
	n, err = fmt.Sscanf("2024-01-05", "%4d-%2d-%2d", &a, &b, &c1)
	report("date", n, err, a, b, c1)
	n, err = fmt.Sscanf("20240105", "%4d%2d%2d", &a, &b, &c1)
	report("packed date", n, err, a, b, c1)
	n, err = fmt.Sscanf("1", "%d %d", &a)
	report("verb without operand", n, err, a)
}

func main() {
	intVerbs()
	otherVerbs()
	formats()
}
