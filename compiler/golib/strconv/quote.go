// Package strconv: quoting (Go 1.19's quote.go) beyond the runtime's Quote, QuoteRune and
// their ASCII forms (runtime/src/pkg_strconv/quote.rs): the Append and Graphic forms,
// UnquoteChar, QuotedPrefix, IsPrint, IsGraphic and CanBackquote. The Append forms grow
// dst exactly as Go's do (a program can see the capacity). Lazy, like strconv.go.
package strconv

import "unicode/utf8"

const lowerhex = "0123456789abcdef"

// IsPrint reports whether r is printable by Go's definition: letters, marks, numbers,
// punctuation, symbols and U+0020.
func IsPrint(r rune) bool

// IsGraphic reports whether r is graphic: IsPrint or a Unicode space (Zs).
func IsGraphic(r rune) bool

// CanBackquote reports whether s can be a backquoted string unchanged: no control
// characters but tab, no backquote, valid UTF-8 and no byte order mark.
func CanBackquote(s string) bool

// quotedPrefix is the length of the quoted literal s starts with, or -1.
func quotedPrefix(s string) int

// unquoteChar is UnquoteChar: the rune, with res[0] the offset of the tail, res[1] 1 if
// multibyte and res[2] 1 if s was valid.
func unquoteChar(s string, quote byte, res *[3]int) rune

func appendQuotedWith(buf []byte, s string, quote byte, ASCIIonly, graphicOnly bool) []byte {
	// Make room for s and both quotes at once, as Go does.
	if cap(buf)-len(buf) < len(s) {
		nBuf := make([]byte, len(buf), len(buf)+1+len(s)+1)
		copy(nBuf, buf)
		buf = nBuf
	}
	buf = append(buf, quote)
	for width := 0; len(s) > 0; s = s[width:] {
		r := rune(s[0])
		width = 1
		if r >= utf8.RuneSelf {
			r, width = utf8.DecodeRuneInString(s)
		}
		if width == 1 && r == utf8.RuneError {
			buf = append(buf, `\x`...)
			buf = append(buf, lowerhex[s[0]>>4])
			buf = append(buf, lowerhex[s[0]&0xF])
			continue
		}
		buf = appendEscapedRune(buf, r, quote, ASCIIonly, graphicOnly)
	}
	buf = append(buf, quote)
	return buf
}

func appendQuotedRuneWith(buf []byte, r rune, quote byte, ASCIIonly, graphicOnly bool) []byte {
	buf = append(buf, quote)
	if !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	buf = appendEscapedRune(buf, r, quote, ASCIIonly, graphicOnly)
	buf = append(buf, quote)
	return buf
}

func appendEscapedRune(buf []byte, r rune, quote byte, ASCIIonly, graphicOnly bool) []byte {
	if r == rune(quote) || r == '\\' {
		buf = append(buf, '\\')
		buf = append(buf, byte(r))
		return buf
	}
	if ASCIIonly {
		if r < utf8.RuneSelf && IsPrint(r) {
			buf = append(buf, byte(r))
			return buf
		}
	} else if IsPrint(r) || graphicOnly && IsGraphic(r) {
		return utf8.AppendRune(buf, r)
	}
	switch r {
	case '\a':
		buf = append(buf, `\a`...)
	case '\b':
		buf = append(buf, `\b`...)
	case '\f':
		buf = append(buf, `\f`...)
	case '\n':
		buf = append(buf, `\n`...)
	case '\r':
		buf = append(buf, `\r`...)
	case '\t':
		buf = append(buf, `\t`...)
	case '\v':
		buf = append(buf, `\v`...)
	default:
		if r < ' ' || r == 0x7f {
			buf = append(buf, `\x`...)
			buf = append(buf, lowerhex[byte(r)>>4])
			buf = append(buf, lowerhex[byte(r)&0xF])
			break
		}
		if !utf8.ValidRune(r) {
			r = 0xFFFD
		}
		if r < 0x10000 {
			buf = append(buf, `\u`...)
			for s := 12; s >= 0; s -= 4 {
				buf = append(buf, lowerhex[r>>uint(s)&0xF])
			}
		} else {
			buf = append(buf, `\U`...)
			for s := 28; s >= 0; s -= 4 {
				buf = append(buf, lowerhex[r>>uint(s)&0xF])
			}
		}
	}
	return buf
}

// QuoteToGraphic returns a double-quoted Go string literal representing s, leaving
// graphic characters (IsGraphic) as they are and escaping the rest.
func QuoteToGraphic(s string) string {
	return string(appendQuotedWith(make([]byte, 0, 3*len(s)/2), s, '"', false, true))
}

// QuoteRuneToGraphic returns a single-quoted Go character literal representing r, escaped
// as QuoteToGraphic does.
func QuoteRuneToGraphic(r rune) string {
	return string(appendQuotedRuneWith(nil, r, '\'', false, true))
}

// AppendQuote appends Quote(s) to dst.
func AppendQuote(dst []byte, s string) []byte {
	return appendQuotedWith(dst, s, '"', false, false)
}

// AppendQuoteToASCII appends QuoteToASCII(s) to dst.
func AppendQuoteToASCII(dst []byte, s string) []byte {
	return appendQuotedWith(dst, s, '"', true, false)
}

// AppendQuoteToGraphic appends QuoteToGraphic(s) to dst.
func AppendQuoteToGraphic(dst []byte, s string) []byte {
	return appendQuotedWith(dst, s, '"', false, true)
}

// AppendQuoteRune appends QuoteRune(r) to dst.
func AppendQuoteRune(dst []byte, r rune) []byte {
	return appendQuotedRuneWith(dst, r, '\'', false, false)
}

// AppendQuoteRuneToASCII appends QuoteRuneToASCII(r) to dst.
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return appendQuotedRuneWith(dst, r, '\'', true, false)
}

// AppendQuoteRuneToGraphic appends QuoteRuneToGraphic(r) to dst.
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return appendQuotedRuneWith(dst, r, '\'', false, true)
}

// UnquoteChar decodes the first character or escape sequence of the escaped string or
// character literal s, quoted by quote (a single or a double quote, or 0 for neither): its
// value, whether it needs UTF-8 to be written, and the rest of s.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	var res [3]int
	v := unquoteChar(s, quote, &res)
	if res[2] == 0 {
		return 0, false, "", ErrSyntax
	}
	return v, res[1] != 0, s[res[0]:], nil
}

// QuotedPrefix returns the quoted string (as understood by Unquote) at the start of s.
func QuotedPrefix(s string) (string, error) {
	n := quotedPrefix(s)
	if n < 0 {
		return "", ErrSyntax
	}
	return s[:n], nil
}
