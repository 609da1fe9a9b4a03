// encoding/base64: the four standard encodings, custom alphabets, padding and strictness,
// lengths, and decoding errors with Go's offsets and partial results.
package main

import (
	"encoding/base64"
	"fmt"
)

func show(name string, enc *base64.Encoding) {
	for _, s := range []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "\xff\xfe\xfd\xfc", "subjects?_d"} {
		e := enc.EncodeToString([]byte(s))
		d, err := enc.DecodeString(e)
		fmt.Printf("%s %q -> %q (%d %d) -> %q %v\n", name, s, e, enc.EncodedLen(len(s)), enc.DecodedLen(len(e)), d, err)
	}
}

func dec(name string, enc *base64.Encoding, in string) {
	d, err := enc.DecodeString(in)
	fmt.Printf("%s %q -> %q %v", name, in, d, err)
	if ce, ok := err.(base64.CorruptInputError); ok {
		fmt.Printf(" [offset %d]", int64(ce))
	}
	fmt.Println()
}

func main() {
	show("std", base64.StdEncoding)
	show("url", base64.URLEncoding)
	show("rawstd", base64.RawStdEncoding)
	show("rawurl", base64.RawURLEncoding)

	inputs := []string{
		"Zm9vYmFy", "Zm9vYmE=", "Zm9vYg==", "Zm9vYg=", "Zm9vYg", "Zm9v\nYmFy", "Zm9v\r\nYm\nFy\n",
		"Zm9vYmFy====", "Zm9vYg==x", "Zm9vYg==\n\n", "Zm9vYg=\n=", "Z===", "====", "=", "Z",
		"Zm!v", "Zm9vYmFyYmF6", "Zm9vYmFy!mF6", "Zm9vYmFyYmF6Zm9vYmFyYmF6", "Zm9vYmFyYmF6Zm9vY!FyYmF6",
		"_-8=", "/+8=", "YQ", "YR==", "YWI", "YWJ=", "YWJjZA==", "YWJjZB==", "\n", "\r\r", "Y\nQ\n=\n=",
	}
	for _, in := range inputs {
		dec("std", base64.StdEncoding, in)
		dec("rawstd", base64.RawStdEncoding, in)
		dec("strict", base64.StdEncoding.Strict(), in)
		dec("rawurlstrict", base64.RawURLEncoding.Strict(), in)
	}

	custom := base64.NewEncoding("ZYXWVUTSRQPONMLKJIHGFEDCBAzyxwvutsrqponmlkjihgfedcba9876543210.,")
	show("custom", custom)
	star := base64.StdEncoding.WithPadding('*')
	show("star", star)
	dec("star", star, "Zm8*")
	hi := base64.StdEncoding.WithPadding(0xe9)
	fmt.Printf("%q\n", hi.EncodeToString([]byte("a")))
	dec("hi", hi, "YQ\xe9\xe9")

	// Decode into a destination: Go's 8- and 4-byte stores leave zeros past n.
	dst := make([]byte, 16)
	for i := range dst {
		dst[i] = '.'
	}
	n, err := base64.StdEncoding.Decode(dst, []byte("Zm9vYmFyYmF6"))
	fmt.Println(n, err, dst)
	for i := range dst {
		dst[i] = '.'
	}
	n, err = base64.StdEncoding.Decode(dst, []byte("Zm9v"))
	fmt.Println(n, err, dst)
	n, err = base64.StdEncoding.Decode(dst, nil)
	fmt.Println(n, err)
	out := make([]byte, 8)
	base64.StdEncoding.Encode(out, []byte("hello"))
	fmt.Printf("%q\n", out)

	fmt.Println(base64.CorruptInputError(42), base64.StdPadding, base64.NoPadding)
	fmt.Printf("%T %T\n", base64.CorruptInputError(1), base64.StdEncoding)

	for _, f := range []func(){
		func() { base64.NewEncoding("short") },
		func() { base64.NewEncoding("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+\n") },
		func() { base64.StdEncoding.WithPadding('\n') },
		func() { base64.StdEncoding.WithPadding(0x100) },
		func() { base64.StdEncoding.WithPadding('A') },
		func() { base64.StdEncoding.Decode(make([]byte, 2), []byte("Zm9v")) },
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			f()
		}()
	}
}
