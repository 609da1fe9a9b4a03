package main

import (
	"bytes"
	json "encoding/json"
)

// syn reports Valid, Compact, Indent, HTMLEscape and Unmarshal into any for src.
func syn(name string, src []byte) {
	report("valid "+name, "%v", json.Valid(src))
	var b bytes.Buffer
	b.WriteString("pre")
	err := json.Compact(&b, src)
	report("compact "+name, "%q %s", b.String(), errStr(err))
	b.Reset()
	b.WriteString("pre")
	err = json.Indent(&b, src, "#", "  ")
	report("indentfn "+name, "%q %s", b.String(), errStr(err))
	b.Reset()
	err = json.Indent(&b, src, "", "")
	report("indentfn-empty "+name, "%q %s", b.String(), errStr(err))
	var v any
	err = json.Unmarshal(src, &v)
	report("unmarshal-any "+name, "%s %s", errStr(err), show(&v))
	var n struct {
		A int
		B []string
	}
	err = json.Unmarshal(src, &n)
	report("unmarshal-struct "+name, "%s %s", errStr(err), show(&n))
}

var syntaxInputs = []string{
	``, ` `, `{`, `}`, `[`, `]`, `[1`, `[1,`, `[1,]`, `[,1]`, `[1 2]`, `[1:2]`, `{"a"}`, `{"a":}`, `{"a":1,}`, `{,}`,
	`{"a" 1}`, `{"a":1 "b":2}`, `{a:1}`, `{'a':1}`, `{"a":1]`, `[1}`, `{1:2}`, `{"a":1}}`, `[]]`, `[[]`, `{"a":{}`,
	`nul`, `nulll`, `nil`, `tru`, `truee`, `True`, `fals`, `falsy`, `f`, `t`, `n`, `nu`, `-`, `--1`, `-a`, `+1`,
	`01`, `00`, `-01`, `1.`, `1.e5`, `.5`, `1e`, `1e+`, `1e-`, `1ee`, `1.5.5`, `1e5.5`, `0x10`, `1_000`, `Infinity`,
	`NaN`, `-Infinity`, `1 2`, `1 x`, `{} {}`, `[] x`, `"a" "b"`, `"abc`, `"\"`, `"\x"`, `"\u12"`, `"\u12g4"`,
	`"\uzzzz"`, `"\U0041"`, `"\'"`, "\"\x00\"", "\"\x1f\"", "\"\t\"", "\"\n\"", "\"\x7f\"", "\"\xff\"",
	"\"\xc3\xa9\"", `"\/"`, `"\ud800\udc00"`, `[1,2,3]`, ` [ 1 , [ 2 , { "a" : [ ] , "b" : { } } ] ] `,
	"\t\n\r {\"a\":\n1}\n\t", `{"a":"<b>&</b>"}`, "{\"a\":\"\u2028\u2029\"}", `"a\u003cb"`, `{"":""}`,
	`[true,false,null]`, `{"a":[{"b":[{"c":null}]}]}`, `123456789012345678901234567890`, `-0.0e-0`, `1E+2`,
	`[1,2,3`, `{"a":[1,2}`, `{"a":"b"`, `["a",`, `{"a":`, `{"a"`, "[1]\n", "1\n", "\"x\"  ", `[[[[[[[[[[]]]]]]]]]]`,
	"\xef\xbb\xbf{}", "{}\x00", `{"a":1}/`, `//c`, `/*c*/1`, `[1,2,3]x`, "[\"\\u00e9\"]", "\v1", "\f1", "1\v",
	`{"a":1,"a":2}`, `"\uD834\uDD1E"`, `{"\u0000":1}`, `"a` + "\x80" + `"`, `[-]`, `[-0]`, `[0.0]`, `[1e0]`,
	`[0e]`, `[0E-1]`, `{"a":tru}`, `{"a":n}`, `[f,`, `{"a":"\q"}`, `[1,,2]`, `{"a"::1}`, `{"a":1,,"b":2}`,
}

func syntaxCases() {
	for _, s := range syntaxInputs {
		syn(s, []byte(s))
	}
	// Offsets past the start: long prefixes.
	long := bytes.Repeat([]byte(`{"k":[1,2,"x"]},`), 50)
	syn("long array bad", append(append([]byte("["), long...), '}'))
	syn("long array ok", append(append([]byte("["), long...), []byte(`1]`)...))
	for _, c := range []byte{0, 1, '\'', '"', '\\', 0x7f, 0x80, 0xc3, 0xff, '}', ']', ':', ',', 'x', ' '} {
		syn("char", []byte{c})
		syn("char after value", []byte{'1', c})
		syn("char in array", []byte{'[', c})
		syn("char in object", []byte{'{', c})
		syn("char after key", []byte{'{', '"', 'a', '"', c})
		syn("char after colon", []byte{'{', '"', 'a', '"', ':', c})
		syn("char in escape", []byte{'"', '\\', c, '"'})
		syn("char in unicode escape", []byte{'"', '\\', 'u', '1', c, '"'})
		syn("char after minus", []byte{'-', c})
		syn("char after dot", []byte{'1', '.', c})
		syn("char after e", []byte{'1', 'e', c})
		syn("char in true", []byte{'t', 'r', c})
		syn("char in false", []byte{'f', 'a', 'l', c})
		syn("char in null", []byte{'n', 'u', c})
	}
}
