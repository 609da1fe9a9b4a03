// Package strconv written in Go: *NumError values (Func, Num, Err, Error, Unwrap), ErrSyntax
// and ErrRange through errors.Is and errors.As, and the parse and format functions.
package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

func show(v any, err error) {
	fmt.Printf("%v | %v", v, err)
	if err != nil {
		fmt.Printf(" | %T syntax=%v range=%v", err, errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange))
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Printf(" | Func=%s Num=%q Err=%v", ne.Func, ne.Num, ne.Err)
		}
	}
	fmt.Println()
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
}

func main() {
	for _, s := range []string{"42", "-17", "+5", "", "-", "12a", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "1_000", " 1", "0x10", "123456789012345678"} {
		n, err := strconv.Atoi(s)
		show(n, err)
	}
	type pi struct {
		s       string
		base    int
		bitSize int
	}
	for _, c := range []pi{{"ff", 16, 64}, {"-0x1F", 0, 64}, {"0b101", 0, 8}, {"0o17", 0, 0}, {"017", 0, 0}, {"1_000", 0, 32}, {"1__0", 0, 32}, {"200", 10, 8}, {"-129", 10, 8}, {"-128", 10, 8}, {"z", 36, 64}, {"10", 1, 64}, {"10", 37, 64}, {"10", 10, 65}, {"10", 10, -1}, {"", 10, 64}, {"+", 10, 64}} {
		n, err := strconv.ParseInt(c.s, c.base, c.bitSize)
		show(n, err)
	}
	for _, c := range []pi{{"255", 10, 8}, {"256", 10, 8}, {"-1", 10, 64}, {"18446744073709551615", 10, 64}, {"18446744073709551616", 10, 64}, {"0xFFFF", 0, 16}, {"1", 0, 99}} {
		n, err := strconv.ParseUint(c.s, c.base, c.bitSize)
		show(n, err)
	}
	for _, s := range []string{"3.25", "-0", "1e308", "1e309", "-1e400", "inf", "-Infinity", "NaN", "0x1p-2", "1.5x", "", ".", "1_0.5", "4e-400", "3.4028235e38"} {
		f, err := strconv.ParseFloat(s, 64)
		show(f, err)
	}
	f32, err := strconv.ParseFloat("3.4028236e38", 32)
	show(f32, err)
	f32, err = strconv.ParseFloat("0.1", 32)
	show(f32, err)
	for _, s := range []string{"1", "t", "TRUE", "False", "f", "yes", "", "tRuE"} {
		b, err := strconv.ParseBool(s)
		show(b, err)
	}

	// The *NumError itself.
	_, err = strconv.Atoi("x\ny")
	fmt.Println(err)
	ne := err.(*strconv.NumError)
	fmt.Println(ne.Unwrap() == strconv.ErrSyntax, errors.Unwrap(err) == strconv.ErrSyntax)
	ne.Func = "Custom"
	ne.Num = "\"q\""
	fmt.Println(ne.Error())
	mine := &strconv.NumError{Func: "ParseThing", Num: "☺", Err: errors.New("bad thing")}
	fmt.Println(mine, errors.Is(mine, strconv.ErrSyntax))
	wrapped := fmt.Errorf("reading config: %w", ne)
	fmt.Println(wrapped, errors.Is(wrapped, strconv.ErrSyntax))
	var target *strconv.NumError
	fmt.Println(errors.As(wrapped, &target), target.Func)
	_, e1 := strconv.ParseInt("1", 1, 64)
	_, e2 := strconv.ParseInt("1", 1, 64)
	fmt.Println(errors.Unwrap(e1) == errors.Unwrap(e2), errors.Unwrap(e1).Error() == errors.Unwrap(e2).Error())
	fmt.Println(strconv.ErrRange, strconv.ErrSyntax, strconv.IntSize)

	// Formatting.
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(math.MinInt64, 2), strconv.FormatInt(35, 36), strconv.FormatInt(0, 10))
	fmt.Println(strconv.FormatUint(math.MaxUint64, 10), strconv.FormatUint(255, 2), strconv.Itoa(-99))
	b := []byte("x=")
	b = strconv.AppendInt(b, -42, 10)
	b = append(b, ' ')
	b = strconv.AppendUint(b, 42, 8)
	b = append(b, ' ')
	b = strconv.AppendBool(b, false)
	fmt.Println(string(b))
	try("base 1", func() { strconv.FormatInt(5, 1) })
	try("base 37", func() { strconv.FormatUint(5, 37) })
	try("append base", func() { strconv.AppendInt(nil, 5, 0) })
	for _, fc := range []byte{'f', 'e', 'E', 'g', 'G', 'b', 'x', 'X', 'q'} {
		fmt.Print(strconv.FormatFloat(1234.5678, fc, -1, 64), " ", strconv.FormatFloat(1234.5678, fc, 2, 64), " ")
	}
	fmt.Println()
	fmt.Println(strconv.FormatFloat(0.1, 'g', -1, 32), strconv.FormatFloat(0.1, 'g', -1, 64), strconv.FormatFloat(math.Inf(-1), 'f', 2, 64), strconv.FormatFloat(math.NaN(), 'e', 3, 64))
	fmt.Println(strconv.FormatFloat(1e21, 'f', -1, 64), strconv.FormatFloat(123456789, 'e', 3, 32), strconv.FormatFloat(-0.0, 'g', -1, 64))
	try("bitSize", func() { strconv.FormatFloat(1, 'f', -1, 16) })

	// Quoting.
	for _, s := range []string{`"hello\n"`, "`raw\\n`", `'x'`, `'☺'`, `"\u263a\x41"`, `"bad`, `'ab'`, `"a"b"`, ``, `"\q"`, `'\''`, "\"tab\there\""} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%q %v %v\n", u, err, err == strconv.ErrSyntax)
	}
	fmt.Println(strconv.QuoteToASCII("héllo, 世界\n\x01"), strconv.QuoteRuneToASCII('☺'), strconv.QuoteRuneToASCII('\n'))
	fmt.Println(strconv.Quote("héllo\t\xff"), strconv.QuoteRune('☺'), strconv.FormatBool(false))
}
