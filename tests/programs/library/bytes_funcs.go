package main

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

// show prints a slice with its nil-ness and capacity.
func show(name string, b []byte) {
	fmt.Printf("%s: %q nil=%v len=%d cap=%d\n", name, b, b == nil, len(b), cap(b))
}

func showAll(name string, bs [][]byte) {
	fmt.Printf("%s: nil=%v len=%d cap=%d [", name, bs == nil, len(bs), cap(bs))
	for i, b := range bs {
		if i > 0 {
			fmt.Print(" ")
		}
		fmt.Printf("%q/%d", b, cap(b))
	}
	fmt.Println("]")
}

func main() {
	a, b := []byte("abc"), []byte("abd")
	fmt.Println(bytes.Equal(a, b), bytes.Equal(a, []byte("abc")), bytes.Equal(nil, []byte{}), bytes.Equal(nil, nil))
	fmt.Println(bytes.Compare(a, b), bytes.Compare(b, a), bytes.Compare(a, a), bytes.Compare(nil, []byte{}), bytes.Compare(nil, a), bytes.Compare([]byte("ab"), a))

	s := []byte("chicken kitchen \xff€ go gopher")
	for _, sep := range []string{"", "k", "ken", "chicken", "z", "go", "\xff", "€", "gopher!", "n k"} {
		fmt.Println("sep", fmt.Sprintf("%q", sep), bytes.Index(s, []byte(sep)), bytes.LastIndex(s, []byte(sep)), bytes.Count(s, []byte(sep)), bytes.Contains(s, []byte(sep)))
	}
	for _, c := range []byte{'c', 'k', 'z', 0xff, ' '} {
		fmt.Println("byte", c, bytes.IndexByte(s, c), bytes.LastIndexByte(s, c))
	}
	for _, r := range []rune{'c', 'k', '€', utf8.RuneError, 'é', -1, 0x110000, 0xD800, 'r'} {
		fmt.Println("rune", r, bytes.IndexRune(s, r), bytes.ContainsRune(s, r))
	}
	for _, chars := range []string{"", "xyz", "kz", "€", "\xff", "\ufffd", "zé€", "rp", "rpgo", "abcdefghijk\xff"} {
		fmt.Println("any", fmt.Sprintf("%q", chars), bytes.IndexAny(s, chars), bytes.LastIndexAny(s, chars), bytes.ContainsAny(s, chars))
	}
	fmt.Println(bytes.IndexAny([]byte("\xff"), "\ufffd"), bytes.LastIndexAny([]byte("\xff"), "a\xff"), bytes.IndexAny([]byte("x"), "x"), bytes.LastIndexAny([]byte("aaaaaaaaaaaa"), "a"))
	isVowel := func(r rune) bool { return r == 'a' || r == 'e' || r == 'i' || r == 'o' || r == 'u' }
	fmt.Println(bytes.IndexFunc(s, isVowel), bytes.LastIndexFunc(s, isVowel), bytes.IndexFunc(s, func(r rune) bool { return r == utf8.RuneError }), bytes.LastIndexFunc([]byte("€x"), func(r rune) bool { return r > 127 }))
	fmt.Println(bytes.HasPrefix(s, []byte("chick")), bytes.HasPrefix(s, nil), bytes.HasSuffix(s, []byte("pher")), bytes.HasSuffix(nil, []byte("a")))
	for _, p := range [][2]string{{"Go", "GO"}, {"σ", "Σ"}, {"ς", "Σ"}, {"K", "\u212a"}, {"abc", "abd"}, {"", ""}, {"a", ""}, {"ß", "SS"}, {"\xff", "\xff"}} {
		fmt.Print(bytes.EqualFold([]byte(p[0]), []byte(p[1])), " ")
	}
	fmt.Println()

	before, after, found := bytes.Cut([]byte("key=value=x"), []byte("="))
	fmt.Printf("%q %q %v %d %d\n", before, after, found, cap(before), cap(after))
	before, after, found = bytes.Cut([]byte("novalue"), []byte("="))
	fmt.Printf("%q %q %v %v\n", before, after, found, after == nil)

	showAll("split", bytes.Split([]byte("a,b,,c"), []byte(",")))
	showAll("split empty sep", bytes.Split([]byte("a€\xffb"), nil))
	showAll("split empty", bytes.Split(nil, []byte(",")))
	showAll("splitn 2", bytes.SplitN([]byte("a,b,c,d"), []byte(","), 2))
	showAll("splitn 0", bytes.SplitN([]byte("a,b,c,d"), []byte(","), 0))
	showAll("splitn -1", bytes.SplitN([]byte("a,b,c,d"), []byte(","), -1))
	showAll("splitn explode 2", bytes.SplitN([]byte("héllo"), nil, 2))
	showAll("splitn big", bytes.SplitN([]byte("a,b"), []byte(","), 100))
	showAll("splitafter", bytes.SplitAfter([]byte("a,b,,c,"), []byte(",")))
	showAll("splitaftern", bytes.SplitAfterN([]byte("a,b,,c,"), []byte(","), 3))
	showAll("splitafter empty sep", bytes.SplitAfter([]byte("ab"), []byte("")))
	showAll("fields", bytes.Fields([]byte("  foo bar\tbaz\n\v\f\r qux  ")))
	showAll("fields empty", bytes.Fields([]byte("   ")))
	showAll("fields nil", bytes.Fields(nil))
	showAll("fields unicode", bytes.Fields([]byte("\u00a0foo\u2003bar\u3000 baz\u0085")))
	showAll("fieldsfunc", bytes.FieldsFunc([]byte("a1b22c333"), func(r rune) bool { return r >= '0' && r <= '9' }))
	showAll("fieldsfunc none", bytes.FieldsFunc([]byte("123"), func(r rune) bool { return true }))

	show("join", bytes.Join([][]byte{[]byte("a"), []byte("bb"), []byte("")}, []byte(", ")))
	show("join one", bytes.Join([][]byte{[]byte("solo")}, []byte(", ")))
	show("join none", bytes.Join(nil, []byte(", ")))
	show("join one empty", bytes.Join([][]byte{{}}, []byte("x")))

	rot := func(r rune) rune {
		if r >= 'a' && r <= 'z' {
			return 'a' + (r-'a'+13)%26
		}
		if r == 'x' {
			return -1
		}
		return r
	}
	show("map", bytes.Map(rot, []byte("hello, world")))
	show("map drop", bytes.Map(func(r rune) rune { return -1 }, []byte("abc")))
	show("map grow", bytes.Map(func(r rune) rune { return '世' }, []byte("abcdef")))
	show("map invalid", bytes.Map(func(r rune) rune { return r }, []byte("a\xffb")))
	show("map bad rune", bytes.Map(func(r rune) rune { return 0x110000 }, []byte("ab")))

	show("repeat", bytes.Repeat([]byte("ab"), 3))
	show("repeat 0", bytes.Repeat([]byte("ab"), 0))
	show("repeat empty", bytes.Repeat(nil, 5))
	show("repeat long", bytes.Repeat([]byte("xyz"), 11))

	show("upper", bytes.ToUpper([]byte("Hello, World")))
	show("upper same", bytes.ToUpper([]byte("HELLO 123")))
	show("upper empty", bytes.ToUpper([]byte{}))
	show("upper nil", bytes.ToUpper(nil))
	show("upper unicode", bytes.ToUpper([]byte("héllo wörld ß ǆ σς \xff")))
	show("lower", bytes.ToLower([]byte("Hello, World")))
	show("lower same", bytes.ToLower([]byte("hello")))
	show("lower unicode", bytes.ToLower([]byte("HÉLLO İ Σ Ǆ")))

	show("valid", bytes.ToValidUTF8([]byte("a\xff\xfeb\xc0€c\xed\xa0\x80"), []byte("?")))
	show("valid empty repl", bytes.ToValidUTF8([]byte("a\xffb"), nil))
	show("valid clean", bytes.ToValidUTF8([]byte("abc"), []byte("\ufffd")))

	fmt.Println(bytes.Runes([]byte("a€\xffb")), len(bytes.Runes(nil)), bytes.Runes(nil) == nil)

	show("replace", bytes.Replace([]byte("oink oink oink"), []byte("k"), []byte("ky"), 2))
	show("replace all", bytes.Replace([]byte("oink oink oink"), []byte("oink"), []byte("moo"), -1))
	show("replace none", bytes.Replace([]byte("abc"), []byte("x"), []byte("y"), -1))
	show("replace n0", bytes.Replace([]byte("abc"), []byte("a"), []byte("y"), 0))
	show("replace empty old", bytes.Replace([]byte("a€b"), nil, []byte("-"), -1))
	show("replace empty old 2", bytes.Replace([]byte("abc"), []byte(""), []byte("-"), 2))
	show("replace nil", bytes.Replace(nil, []byte("a"), []byte("b"), -1))
	show("replaceall", bytes.ReplaceAll([]byte("banana"), []byte("na"), []byte("NA")))

	show("trim", bytes.Trim([]byte("  xx hello xx  "), " x"))
	show("trim all", bytes.Trim([]byte("xxx"), "x"))
	show("trim empty", bytes.Trim([]byte{}, "x"))
	show("trim nocut", bytes.Trim([]byte("abc"), ""))
	show("trim unicode", bytes.Trim([]byte("€€abc€\xff"), "€\xff"))
	show("trim byte", bytes.Trim([]byte("--a--"), "-"))
	show("trimleft", bytes.TrimLeft([]byte("  xx hello xx  "), " x"))
	show("trimleft all", bytes.TrimLeft([]byte("aaa"), "a"))
	show("trimleft unicode all", bytes.TrimLeft([]byte("€€"), "€"))
	show("trimright", bytes.TrimRight([]byte("  xx hello xx  "), " x"))
	show("trimright all", bytes.TrimRight([]byte("aaa"), "a"))
	show("trimright unicode", bytes.TrimRight([]byte("abc€é"), "é€"))
	show("trimright empty", bytes.TrimRight([]byte{}, "a"))
	show("trimprefix", bytes.TrimPrefix([]byte("prefix-body"), []byte("prefix-")))
	show("trimprefix no", bytes.TrimPrefix([]byte("body"), []byte("prefix-")))
	show("trimsuffix", bytes.TrimSuffix([]byte("body.go"), []byte(".go")))
	show("trimspace", bytes.TrimSpace([]byte(" \t\n hello world \r\n")))
	show("trimspace all", bytes.TrimSpace([]byte(" \t ")))
	show("trimspace unicode", bytes.TrimSpace([]byte("\u2003\u00a0héllo\u3000\u0085")))
	show("trimspace nil", bytes.TrimSpace(nil))
	show("trimfunc", bytes.TrimFunc([]byte("123abc456"), func(r rune) bool { return r >= '0' && r <= '9' }))
	show("trimfunc all", bytes.TrimFunc([]byte("123"), func(r rune) bool { return true }))
	show("trimleftfunc", bytes.TrimLeftFunc([]byte("€€x€"), func(r rune) bool { return r == '€' }))
	show("trimrightfunc", bytes.TrimRightFunc([]byte("€x€€"), func(r rune) bool { return r == '€' }))
	show("trimrightfunc all", bytes.TrimRightFunc([]byte("€€"), func(r rune) bool { return r == '€' }))

	// Results alias their input where Go's do.
	in := []byte("  abc  ")
	t := bytes.TrimSpace(in)
	t[0] = 'X'
	fmt.Printf("%q\n", in)
	up := bytes.ToUpper(in)
	up[2] = 'y'
	fmt.Printf("%q %q\n", in, up)
	parts := bytes.Split([]byte("a,b"), []byte(","))
	parts[0] = append(parts[0], 'Z') // cap == len: a copy, the input is intact
	fmt.Printf("%q\n", parts)

	for _, f := range []func(){
		func() { bytes.Repeat([]byte("x"), -1) },
		func() { bytes.Repeat([]byte("xy"), 1<<62) },
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			f()
		}()
	}
}
