package json

// This file holds the whole-text transformations: Compact, Indent and HTMLEscape.
// They run the scanner over src and copy bytes through, so a malformed src is
// reported with the scanner's SyntaxError and leaves dst unchanged.

import "bytes"

const hexDigits = "0123456789abcdef"

// HTMLEscape appends to dst the JSON-encoded src with <, >, &, U+2028 and U+2029
// characters inside string literals changed to \u003c, \u003e, \u0026, \u2028, \u2029.
func HTMLEscape(dst *bytes.Buffer, src []byte) {
	dst.Write(appendHTMLEscape(nil, src))
}

func appendHTMLEscape(dst, src []byte) []byte {
	start := 0
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c == '<' || c == '>' || c == '&' {
			dst = append(dst, src[start:i]...)
			dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			start = i + 1
		}
		// U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
		if c == 0xE2 && i+2 < len(src) && src[i+1] == 0x80 && src[i+2]&^1 == 0xA8 {
			dst = append(dst, src[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[src[i+2]&0xF])
			start = i + 3
		}
	}
	return append(dst, src[start:]...)
}

// Compact appends to dst the JSON-encoded src with insignificant space characters elided.
func Compact(dst *bytes.Buffer, src []byte) error {
	out, err := appendCompact(nil, src, false)
	if err != nil {
		return err
	}
	dst.Write(out)
	return nil
}

// appendCompact appends the compacted src to dst, optionally HTML-escaping it.
// As in Go, this scan does not count bytes, so its SyntaxError offsets are 0.
func appendCompact(dst, src []byte, escape bool) ([]byte, error) {
	origLen := len(dst)
	var s scanner
	s.reset()
	start := 0
	for i := 0; i < len(src); i++ {
		c := src[i]
		if escape {
			if c == '<' || c == '>' || c == '&' {
				dst = append(dst, src[start:i]...)
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
				start = i + 1
			}
			if c == 0xE2 && i+2 < len(src) && src[i+1] == 0x80 && src[i+2]&^1 == 0xA8 {
				dst = append(dst, src[start:i]...)
				dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[src[i+2]&0xF])
				start = i + 3
			}
		}
		op := s.step(c)
		if op >= opSkipSpace {
			if op == opError {
				break
			}
			if start < i {
				dst = append(dst, src[start:i]...)
			}
			start = i + 1
		}
	}
	if s.eof() == opError {
		return dst[:origLen], s.err
	}
	if start < len(src) {
		dst = append(dst, src[start:]...)
	}
	return dst, nil
}

func appendNewline(dst []byte, prefix, indent string, depth int) []byte {
	dst = append(dst, '\n')
	dst = append(dst, prefix...)
	for i := 0; i < depth; i++ {
		dst = append(dst, indent...)
	}
	return dst
}

// Indent appends to dst an indented form of the JSON-encoded src.
// Leading space is dropped, trailing space is kept.
func Indent(dst *bytes.Buffer, src []byte, prefix, indent string) error {
	out, err := appendIndent(nil, src, prefix, indent)
	if err != nil {
		return err
	}
	dst.Write(out)
	return nil
}

func appendIndent(dst, src []byte, prefix, indent string) ([]byte, error) {
	origLen := len(dst)
	var s scanner
	s.reset()
	needIndent := false
	depth := 0
	for _, c := range src {
		s.bytes++
		op := s.step(c)
		if op == opSkipSpace {
			continue
		}
		if op == opError {
			break
		}
		if needIndent && op != opEndObject && op != opEndArray {
			needIndent = false
			depth++
			dst = appendNewline(dst, prefix, indent, depth)
		}
		if op == opContinue {
			dst = append(dst, c)
			continue
		}
		switch c {
		case '{', '[':
			// The newline is delayed so that empty values print as {} and [].
			needIndent = true
			dst = append(dst, c)
		case ',':
			dst = append(dst, c)
			dst = appendNewline(dst, prefix, indent, depth)
		case ':':
			dst = append(dst, c, ' ')
		case '}', ']':
			if needIndent {
				needIndent = false
			} else {
				depth--
				dst = appendNewline(dst, prefix, indent, depth)
			}
			dst = append(dst, c)
		default:
			dst = append(dst, c)
		}
	}
	if s.eof() == opError {
		return dst[:origLen], s.err
	}
	return dst, nil
}
