// Sscan and Sscanln: every operand type with the %v verb, token rules, spaces and newlines,
// base prefixes and underscores, overflow, and every error path (n and err printed).
package main

import (
	"errors"
	"fmt"
	"io"
	"strconv"
)

func report(what string, n int, err error, vals ...any) {
	fmt.Printf("%-28q n=%d err=%v", what, n, err)
	if err != nil {
		fmt.Printf(" (%T)", err)
	}
	for _, v := range vals {
		fmt.Printf(" %T:%#v", v, v)
	}
	fmt.Println()
}

func ints() {
	for _, in := range []string{
		"0", "42", "-17", "+5", "  \t 7  ", "\n\n8\n", "0x1F", "0X1f", "0b101", "0B11",
		"0o17", "0O17", "017", "08", "0", "00", "1_000", "0x_ff", "1__0", "_1", "12abc",
		"abc", "", "   ", "-", "+", "--1", "9223372036854775807", "9223372036854775808",
		"-9223372036854775808", "-9223372036854775809", "99999999999999999999", "1.5",
		"0x", "0b2", "\r\n5", "1e3", "١٢",
	} {
		var i int
		n, err := fmt.Sscan(in, &i)
		report(in, n, err, i)
	}
}

func sized() {
	var i8 int8
	var i16 int16
	var i32 int32
	var i64 int64
	n, err := fmt.Sscan("127 32767 2147483647 -9223372036854775808", &i8, &i16, &i32, &i64)
	report("max", n, err, i8, i16, i32, i64)
	for _, in := range []string{"128", "-128", "-129", "300"} {
		n, err = fmt.Sscan(in, &i8)
		report("int8 "+in, n, err, i8)
	}
	n, err = fmt.Sscan("32768", &i16)
	report("int16 32768", n, err, i16)
	n, err = fmt.Sscan("-2147483649", &i32)
	report("int32 -2147483649", n, err, i32)

	var u uint
	var u8 uint8
	var u16 uint16
	var u32 uint32
	var u64 uint64
	var up uintptr
	n, err = fmt.Sscan("18446744073709551615 255 65535 4294967295 7 0x10", &u64, &u8, &u16, &u32, &u, &up)
	report("umax", n, err, u64, u8, u16, u32, u, up)
	for _, in := range []string{"256", "-1", "+1", "0x1_0", "18446744073709551616"} {
		n, err = fmt.Sscan(in, &u8)
		report("uint8 "+in, n, err, u8)
	}
	n, err = fmt.Sscan("-1", &u)
	report("uint -1", n, err, u)
	var r rune
	var b byte
	n, err = fmt.Sscan("65 66", &r, &b)
	report("rune byte", n, err, r, b)
}

func floats() {
	for _, in := range []string{
		"3.25", "-0.5", "+1e3", "1E-2", ".5", "5.", "1_000.5", "0x1p-2", "0X1.8P1", "1.5p3",
		"2p-1", "1p", "1.5px", "nan", "NaN", "Inf", "-inf", "+INF", "infinity", "1e400",
		"-1e400", "1e-400", "abc", "", "1.2.3", "1e", "1e+", "0x1.8", "0x", "1_", "--1",
		"5e3x", "1.5p99999999999999999999", "1e1_0", "1p1023", "1.9p1023", "1p1024",
		"-3p1024", "1.5p-1074", "1.5p-1075", "0.75p-1074", "-2p-1075", "1p-1080", "1e300p-2000",
		"2.5e-320p10", "1p+3", "1p-_1", "0p5",
	} {
		var f float64
		n, err := fmt.Sscan(in, &f)
		report(in, n, err, f)
	}
	for _, in := range []string{"3.4e38", "3.5e38", "1e-46", "0.1"} {
		var f float32
		n, err := fmt.Sscan(in, &f)
		report("f32 "+in, n, err, f)
	}
}

func strs() {
	for _, in := range []string{
		"hello", "  hello world ", "a\tb", "\nx\n", "", "  ", "héllo wörld", "\u00a0x\u2003y",
		"a\u3000b", "a\u0085b", "日本語", "\xffabc", "ab\xe2\x82",
	} {
		var s, t string
		n, err := fmt.Sscan(in, &s, &t)
		report(in, n, err, s, t)
	}
	var bs []byte
	n, err := fmt.Sscan(" bytes! ", &bs)
	report("bytes", n, err, bs)
}

func bools() {
	for _, in := range []string{
		"true", "false", "TRUE", "False", "t", "f", "T", "F", "1", "0", "tr", "fa", "tru",
		"fals", "truex", "trUe", "yes", "2", "", "tX", "t rue",
	} {
		var b bool
		n, err := fmt.Sscan(in, &b)
		report(in, n, err, b)
	}
}

func mixed() {
	var name string
	var age int
	var height float64
	var ok bool
	n, err := fmt.Sscan("Alice 30 1.68 true", &name, &age, &height, &ok)
	report("mixed", n, err, name, age, height, ok)
	n, err = fmt.Sscan("Bob\n\n 41\n", &name, &age)
	report("newlines as space", n, err, name, age)
	n, err = fmt.Sscan("Carol", &name, &age)
	report("too few", n, err, name, age)
	fmt.Println(errors.Is(err, io.EOF), err == io.EOF)
	n, err = fmt.Sscan("1 2 3", &age)
	report("extra input", n, err, age)
	n, err = fmt.Sscan("anything")
	report("no operands", n, err)
	n, err = fmt.Sscan("", &age)
	fmt.Println(err == io.EOF)
	var x int
	n, err = fmt.Sscan("99999999999999999999", &x)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err == strconv.ErrRange)
	n, err = fmt.Sscan("1.5p1x", &height)
	n, err = fmt.Sscan("1.5e", &height)
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err == strconv.ErrSyntax)
	n, err = fmt.Sscan("1x5p3", &height)
	report("1x5p3", n, err, height)
	n, err = fmt.Sscan("1e5p3", &height)
	report("1e5p3", n, err, height)
}

func lines() {
	var a, b, c int
	for _, in := range []string{
		"1 2 3", "1 2 3\n", "1 2 3 \n", "1 2\n3", "1 2 3 4", "1 2 3\n4", "\n1 2 3", " 1 2 3\r\n",
		"1 2 3 x", "1 2 3\t\t", "1 2", "1 2 3\rx", "1\r2 3", "1 2 3\r",
	} {
		a, b, c = 0, 0, 0
		n, err := fmt.Sscanln(in, &a, &b, &c)
		report(in, n, err, a, b, c)
	}
	var s string
	n, err := fmt.Sscanln("", &s)
	report("empty", n, err, s)
	n, err = fmt.Sscanln("\n", &s)
	report("newline only", n, err, s)
	n, err = fmt.Sscanln("word\n")
	report("no operands", n, err)
	n, err = fmt.Sscanln("")
	report("no operands, empty", n, err)
}

func main() {
	ints()
	sized()
	floats()
	strs()
	bools()
	mixed()
	lines()
}
