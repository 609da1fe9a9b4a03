//go:build ignore

// Generates runtime/tests/data/lib_cases.txt: Go 1.19's results for the strings, strconv and
// unicode/utf8 functions the runtime implements (pkg_strings.rs, pkg_strconv.rs,
// pkg_utf8.rs), over hand-picked edge cases plus seeded random inputs.
//
//	go run lib_cases.go > ../data/lib_cases.txt
//
// Line format (tab-separated): function name, arguments, "=>", results. Strings are written
// as lowercase hex (an empty field is ""), ints in decimal, bools as 0/1, floats as their bits
// in hex; a []string result as len, cap, nil flag, then each element's hex; an error as its
// message in hex (empty = nil).
package main

import (
	"encoding/hex"
	"fmt"
	"math"
	"math/rand"
	"strconv"
	"strings"
	"unicode/utf8"
)

func h(s string) string { return hex.EncodeToString([]byte(s)) }

func e(err error) string {
	if err == nil {
		return ""
	}
	return h(err.Error())
}

func b(v bool) int {
	if v {
		return 1
	}
	return 0
}

func line(fn string, fields ...interface{}) {
	parts := []string{fn}
	for _, f := range fields {
		parts = append(parts, fmt.Sprint(f))
	}
	fmt.Println(strings.Join(parts, "\t"))
}

func sl(a []string) string {
	parts := []string{fmt.Sprint(len(a)), fmt.Sprint(cap(a)), fmt.Sprint(b(a == nil))}
	for _, s := range a {
		parts = append(parts, h(s))
	}
	return strings.Join(parts, "\t")
}

var corpus = []string{
	"", "a", "A", "abc", "ABC", "Hello, World", "hello, world", "  \t foo  bar\n ", "\v\f\r x y\t",
	"\u0085x\u00a0", "\u2000y\u3000", "\u200bz", "ß", "ẞ", "İ", "ı", "ǅ", "ǆǄ", "Σσς", "K\u212ak", "ſs",
	"\xff\xfe", "a\xffb", "\xe4\xb8", "世界", "\uFFFD", "a\uFFFDb", "aaaa", "abab", "ΑΒΓαβγ", "ﬀ",
	"ŉ", "ǰ", "ᾳ", "Ω\u2126ω", "ÀÉÎõü", "\U00010400\U00010428", "Ａｂ", "x\x00y", ",a,,b,", "a b c",
	"Ⅻⅻ", "ⓐⒶ", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xc0\x80", "..a..", "🙂🙃", "i̇", "ǈǉǇ",
	"\u1E9E\u00DF", "ꭰ", "\u0345", "ΐ", "\u10A0\u2D00", "\uA7AE\u026A", "ｘ", "0x1F", "aAbB",
}

var seps = []string{"", "a", "ab", ",", " ", "\xff", "\uFFFD", "世", "σ", "\u212a", ".."}

func randStr(r *rand.Rand) string {
	pieces := []string{"a", "b", "A", "ab", "ß", "σ", "Σ", "\xff", " ", ",", "世", "\u212a", "k", "K", "ς", "\u00a0", "\u2000", "\xe4\xb8"}
	n := r.Intn(8)
	var sb strings.Builder
	for i := 0; i < n; i++ {
		sb.WriteString(pieces[r.Intn(len(pieces))])
	}
	return sb.String()
}

func stringsCases() {
	r := rand.New(rand.NewSource(1))
	all := append([]string{}, corpus...)
	for i := 0; i < 150; i++ {
		all = append(all, randStr(r))
	}
	for _, s := range all {
		line("ToUpper", h(s), "=>", h(strings.ToUpper(s)))
		line("ToLower", h(s), "=>", h(strings.ToLower(s)))
		line("TrimSpace", h(s), "=>", h(strings.TrimSpace(s)))
		line("Fields", h(s), "=>", sl(strings.Fields(s)))
		line("RuneCountInString", h(s), "=>", utf8.RuneCountInString(s))
		line("ValidString", h(s), "=>", b(utf8.ValidString(s)))
		rr, n := utf8.DecodeRuneInString(s)
		line("DecodeRuneInString", h(s), "=>", rr, n)
		rr, n = utf8.DecodeLastRuneInString(s)
		line("DecodeLastRuneInString", h(s), "=>", rr, n)
		line("Quote", h(s), "=>", h(strconv.Quote(s)))
		line("QuoteToASCII", h(s), "=>", h(strconv.QuoteToASCII(s)))
		u, err := strconv.Unquote(s)
		line("Unquote", h(s), "=>", h(u), e(err))
		for _, c := range []int{0, 3} {
			line("Repeat", h(s), c, "=>", h(strings.Repeat(s, c)))
		}
	}
	pairs := [][2]string{}
	for _, s := range corpus {
		for _, t := range seps {
			pairs = append(pairs, [2]string{s, t})
		}
	}
	for i := 0; i < 150; i++ {
		pairs = append(pairs, [2]string{randStr(r), randStr(r)})
	}
	for _, p := range pairs {
		s, t := p[0], p[1]
		line("Contains", h(s), h(t), "=>", b(strings.Contains(s, t)))
		line("ContainsAny", h(s), h(t), "=>", b(strings.ContainsAny(s, t)))
		line("IndexAny", h(s), h(t), "=>", strings.IndexAny(s, t))
		line("HasPrefix", h(s), h(t), "=>", b(strings.HasPrefix(s, t)))
		line("HasSuffix", h(s), h(t), "=>", b(strings.HasSuffix(s, t)))
		line("Index", h(s), h(t), "=>", strings.Index(s, t))
		line("LastIndex", h(s), h(t), "=>", strings.LastIndex(s, t))
		line("Count", h(s), h(t), "=>", strings.Count(s, t))
		line("EqualFold", h(s), h(t), "=>", b(strings.EqualFold(s, t)))
		line("Compare", h(s), h(t), "=>", strings.Compare(s, t))
		line("Trim", h(s), h(t), "=>", h(strings.Trim(s, t)))
		line("TrimLeft", h(s), h(t), "=>", h(strings.TrimLeft(s, t)))
		line("TrimRight", h(s), h(t), "=>", h(strings.TrimRight(s, t)))
		line("TrimPrefix", h(s), h(t), "=>", h(strings.TrimPrefix(s, t)))
		line("TrimSuffix", h(s), h(t), "=>", h(strings.TrimSuffix(s, t)))
		line("Split", h(s), h(t), "=>", sl(strings.Split(s, t)))
		for _, n := range []int{-1, 0, 1, 100} {
			line("SplitN", h(s), h(t), n, "=>", sl(strings.SplitN(s, t, n)))
		}
		line("ReplaceAll", h(s), h(t), h("X"), "=>", h(strings.ReplaceAll(s, t, "X")))
		for _, nw := range []string{"", "\u00e9\u00e9"} {
			for _, n := range []int{-1, 2} {
				line("Replace", h(s), h(t), h(nw), n, "=>", h(strings.Replace(s, t, nw, n)))
			}
		}
		if len(t) > 0 {
			line("IndexByte", h(s), int(t[0]), "=>", strings.IndexByte(s, t[0]))
		}
		if r, _ := utf8.DecodeRuneInString(t); true {
			line("IndexRune", h(s), int(r), "=>", strings.IndexRune(s, r))
			line("ContainsRune", h(s), int(r), "=>", b(strings.ContainsRune(s, r)))
		}
		line("Join", h(s), h(t), "=>", h(strings.Join(strings.Split(s, ","), t)))
	}
	for _, rn := range []rune{-1, 0x61, 0xFFFD, 0xD800, 0x110000, 0x4E16} {
		for _, s := range []string{"", "a\xffb", "a\uFFFDb", "世界", "abc"} {
			line("IndexRune", h(s), int(rn), "=>", strings.IndexRune(s, rn))
		}
	}
	// Long inputs exercise the Rabin-Karp fallbacks.
	long := strings.Repeat("ab", 500) + "abc" + strings.Repeat("ab", 300)
	for _, t := range []string{"abc", "bab", "abcab", "ababababababababababababababac", "cab", "ba"} {
		line("Index", h(long), h(t), "=>", strings.Index(long, t))
		line("LastIndex", h(long), h(t), "=>", strings.LastIndex(long, t))
		line("Count", h(long), h(t), "=>", strings.Count(long, t))
	}
}

func strconvCases() {
	ints := []int64{0, 1, -1, 7, 10, 35, 36, -36, 255, 1 << 31, -1 << 31, math.MaxInt64, math.MinInt64, 123456789, -987654321}
	for _, i := range ints {
		line("Itoa", i, "=>", h(strconv.Itoa(int(i))))
		for _, base := range []int{2, 8, 10, 16, 36, 7} {
			line("FormatInt", i, base, "=>", h(strconv.FormatInt(i, base)))
		}
	}
	atoi := []string{"", "0", "-0", "+0", "1", "-1", "+", "-", "12a", "a12", " 1", "1 ", "123456789012345678",
		"1234567890123456789", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
		"-9223372036854775809", "99999999999999999999", "-99999999999999999999", "1_000", "0x10", "007",
		"99999999999999999999x", "+-1", "--1", "\xff", "١٢"}
	for _, s := range atoi {
		v, err := strconv.Atoi(s)
		line("Atoi", h(s), "=>", v, e(err))
		for _, base := range []int{0, 2, 10, 16, 36, 1} {
			for _, bits := range []int{0, 8, 32, 65} {
				v, err := strconv.ParseInt(s, base, bits)
				line("ParseInt", h(s), base, bits, "=>", v, e(err))
				u, err := strconv.ParseUint(s, base, bits)
				line("ParseUint", h(s), base, bits, "=>", u, e(err))
			}
		}
	}
	pints := []string{"0x_1f", "0x1f", "0X1F", "0b101", "0B_1_0_1", "0o17", "0O17", "017", "0_17", "1__0", "_10", "10_", "0x", "0b", "0o", "0xg",
		"-0x80", "-0x81", "127", "128", "-128", "-129", "255", "256", "0xffffffffffffffff", "18446744073709551615", "18446744073709551616",
		"zz", "ZZ", "-zz", "1_2_3", "0x_", "0_x1"}
	for _, s := range pints {
		for _, base := range []int{0, 10, 16, 36} {
			for _, bits := range []int{0, 8, 64} {
				v, err := strconv.ParseInt(s, base, bits)
				line("ParseInt", h(s), base, bits, "=>", v, e(err))
				u, err := strconv.ParseUint(s, base, bits)
				line("ParseUint", h(s), base, bits, "=>", u, e(err))
			}
		}
	}
	for _, s := range []string{"1", "t", "T", "true", "TRUE", "True", "0", "f", "F", "false", "FALSE", "False", "", "yes", "tRuE", "1 "} {
		v, err := strconv.ParseBool(s)
		line("ParseBool", h(s), "=>", b(v), e(err))
	}
	for _, rn := range []rune{'a', '\'', '"', '\\', '\n', 0, 0x7f, 0xe9, 0x4e16, 0xFFFD, 0x1F600, -1, 0xD800, 0x110000, 0x2028, 0xFEFF, 0x10FFFF, 0xE000, 0x85} {
		line("QuoteRune", int(rn), "=>", h(strconv.QuoteRune(rn)))
		line("QuoteRuneToASCII", int(rn), "=>", h(strconv.QuoteRuneToASCII(rn)))
	}
	uq := []string{`""`, `"a"`, `"\n"`, `"\x41\101\u0041\U00000041"`, `"\'"`, `'\''`, `'"'`, `'\"'`, `"\""`, "`a\\nb`", "`a\rb`", "`a`b`",
		`'a'`, `'ab'`, `''`, `'\x00'`, `'\xff'`, `"\xff"`, `'世'`, `"世"`, "\"a\xffb\"", "'\xff'", `"\400"`, `"\377"`, `"\777"`, `"\uD800"`, `"\U00110000"`,
		`"\U0010FFFF"`, `"\q"`, `"a`, `a"`, `"a"b`, `"a""`, "\"a\nb\"", `"\`, `"\x4"`, `"\u12"`, `'\u12345'`, `'\U0001F600'`, "``", "`", `"\a\b\f\n\r\t\v\\"`,
		"'\n'", `"\0"`, `"\08"`, `'\400'`, "\"\uFFFD\"", "'\uFFFD'", "\"a\x00b\""}
	for _, s := range uq {
		u, err := strconv.Unquote(s)
		line("Unquote", h(s), "=>", h(u), e(err))
	}
	for _, v := range []bool{true, false} {
		line("FormatBool", b(v), "=>", h(strconv.FormatBool(v)))
	}
}

func main() {
	stringsCases()
	strconvCases()
}
