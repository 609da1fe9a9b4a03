// Package json implements encoding and decoding of JSON as defined in RFC 7159,
// behaving as Go 1.19's encoding/json does (same output, same errors, same offsets).
package json

// This file holds the byte-at-a-time JSON syntax checker. Every syntax error the
// package reports comes from here, so its states and error contexts follow
// Go's scanner exactly: the offset of an error is the number of bytes fed so far.

import "strconv"

// Valid reports whether data is a valid JSON encoding.
func Valid(data []byte) bool {
	var s scanner
	return checkValid(data, &s) == nil
}

// A SyntaxError is a description of a JSON syntax error.
type SyntaxError struct {
	msg    string // description of error
	Offset int64  // error occurred after reading Offset bytes
}

func (e *SyntaxError) Error() string { return e.msg }

// Opcodes returned by scanner.step and scanner.eof. Everything below
// opSkipSpace is a "continue" result; opEnd and opError stop the scan.
const (
	opContinue    = iota // byte inside a literal, nothing to report
	opBeginLit           // first byte of a literal
	opBeginObject        // '{'
	opObjectKey          // ':' after a key
	opObjectValue        // ',' after a key:value pair
	opEndObject          // '}'
	opBeginArray         // '['
	opArrayValue         // ',' after an element
	opEndArray           // ']'
	opSkipSpace          // insignificant white space
	opEnd                // the top-level value ended before this byte
	opError              // syntax error, see scanner.err
)

// What an open composite value expects next; kept on scanner.stack.
const (
	inObjectKey   = iota // before the ':' of a key
	inObjectValue        // after the ':'
	inArrayValue         // inside an array
)

// Scanner states: which bytes are allowed next.
const (
	stBeginValue = iota
	stBeginValueOrEmpty
	stBeginStringOrEmpty
	stBeginString
	stEndValue
	stEndTop
	stInString
	stInStringEsc
	stInStringEscU
	stInStringEscU1
	stInStringEscU12
	stInStringEscU123
	stNeg
	st1
	st0
	stDot
	stDot0
	stE
	stESign
	stE0
	stT
	stTr
	stTru
	stF
	stFa
	stFal
	stFals
	stN
	stNu
	stNul
	stError
)

// maxNestingDepth bounds the nesting of arrays and objects, as Go's does.
const maxNestingDepth = 10000

// scanner is a JSON syntax state machine fed one byte at a time.
// bytes counts fed bytes for error offsets; reset leaves it alone because the
// Decoder keeps counting across values.
type scanner struct {
	state  int
	endTop bool
	stack  []byte
	err    error
	bytes  int64
}

func (s *scanner) reset() {
	s.state = stBeginValue
	s.stack = s.stack[:0]
	s.err = nil
	s.endTop = false
}

// checkValid reports the first syntax error of data, or nil.
func checkValid(data []byte, s *scanner) error {
	s.reset()
	n := len(data)
	for i := 0; i < n; i++ {
		// Fast path through string bodies and digit runs: these bytes never
		// change the state, so they are only counted.
		switch s.state {
		case stInString:
			j := i
			for j < n {
				c := data[j]
				if c == '"' || c == '\\' || c < 0x20 {
					break
				}
				j++
			}
			s.bytes += int64(j - i)
			i = j
			if i == n {
				continue
			}
		case st1, stDot0, stE0:
			j := i
			for j < n && data[j] >= '0' && data[j] <= '9' {
				j++
			}
			s.bytes += int64(j - i)
			i = j
			if i == n {
				continue
			}
		}
		s.bytes++
		if s.step(data[i]) == opError {
			return s.err
		}
	}
	if s.eof() == opError {
		return s.err
	}
	return nil
}

// eof tells the scanner the input has ended.
func (s *scanner) eof() int {
	if s.err != nil {
		return opError
	}
	if s.endTop {
		return opEnd
	}
	s.step(' ')
	if s.endTop {
		return opEnd
	}
	if s.err == nil {
		s.err = &SyntaxError{"unexpected end of JSON input", s.bytes}
	}
	return opError
}

func isSpace(c byte) bool {
	return c <= ' ' && (c == ' ' || c == '\t' || c == '\r' || c == '\n')
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// push opens a composite value.
func (s *scanner) push(c byte, kind byte, op int) int {
	s.stack = append(s.stack, kind)
	if len(s.stack) <= maxNestingDepth {
		return op
	}
	return s.fail(c, "exceeded max depth")
}

// pop closes a composite value.
func (s *scanner) pop() {
	n := len(s.stack) - 1
	s.stack = s.stack[:n]
	if n == 0 {
		s.state = stEndTop
		s.endTop = true
	} else {
		s.state = stEndValue
	}
}

// fail records a syntax error about byte c.
func (s *scanner) fail(c byte, context string) int {
	s.state = stError
	s.err = &SyntaxError{"invalid character " + quoteChar(c) + " " + context, s.bytes}
	return opError
}

// quoteChar formats c as a quoted character literal, as Go's error texts do.
func quoteChar(c byte) string {
	if c == '\'' {
		return `'\''`
	}
	if c == '"' {
		return `'"'`
	}
	q := strconv.Quote(string(rune(c)))
	return "'" + q[1:len(q)-1] + "'"
}

// beginValue handles the first byte of any value.
func (s *scanner) beginValue(c byte) int {
	if isSpace(c) {
		return opSkipSpace
	}
	switch c {
	case '{':
		s.state = stBeginStringOrEmpty
		return s.push(c, inObjectKey, opBeginObject)
	case '[':
		s.state = stBeginValueOrEmpty
		return s.push(c, inArrayValue, opBeginArray)
	case '"':
		s.state = stInString
		return opBeginLit
	case '-':
		s.state = stNeg
		return opBeginLit
	case '0':
		s.state = st0
		return opBeginLit
	case 't':
		s.state = stT
		return opBeginLit
	case 'f':
		s.state = stF
		return opBeginLit
	case 'n':
		s.state = stN
		return opBeginLit
	}
	if '1' <= c && c <= '9' {
		s.state = st1
		return opBeginLit
	}
	return s.fail(c, "looking for beginning of value")
}

// endValue handles the byte after a complete value.
func (s *scanner) endValue(c byte) int {
	n := len(s.stack)
	if n == 0 {
		s.state = stEndTop
		s.endTop = true
		return s.endTopByte(c)
	}
	if isSpace(c) {
		s.state = stEndValue
		return opSkipSpace
	}
	switch s.stack[n-1] {
	case inObjectKey:
		if c == ':' {
			s.stack[n-1] = inObjectValue
			s.state = stBeginValue
			return opObjectKey
		}
		return s.fail(c, "after object key")
	case inObjectValue:
		if c == ',' {
			s.stack[n-1] = inObjectKey
			s.state = stBeginString
			return opObjectValue
		}
		if c == '}' {
			s.pop()
			return opEndObject
		}
		return s.fail(c, "after object key:value pair")
	default:
		if c == ',' {
			s.state = stBeginValue
			return opArrayValue
		}
		if c == ']' {
			s.pop()
			return opEndArray
		}
		return s.fail(c, "after array element")
	}
}

// endTopByte handles bytes after the top-level value: only space may follow.
// A non-space byte is recorded as an error but still reported as opEnd, so a
// Decoder can stop at it; the error surfaces on the next byte or at eof.
func (s *scanner) endTopByte(c byte) int {
	if !isSpace(c) {
		s.fail(c, "after top-level value")
	}
	return opEnd
}

// afterZero handles the byte after the integer part of a number.
func (s *scanner) afterZero(c byte) int {
	if c == '.' {
		s.state = stDot
		return opContinue
	}
	if c == 'e' || c == 'E' {
		s.state = stE
		return opContinue
	}
	return s.endValue(c)
}

// lit checks one byte of true/false/null.
func (s *scanner) lit(c, want byte, next int, context string) int {
	if c == want {
		s.state = next
		return opContinue
	}
	return s.fail(c, context)
}

// step feeds one byte and returns its opcode.
func (s *scanner) step(c byte) int {
	switch s.state {
	case stBeginValue:
		return s.beginValue(c)
	case stBeginValueOrEmpty:
		if isSpace(c) {
			return opSkipSpace
		}
		if c == ']' {
			return s.endValue(c)
		}
		return s.beginValue(c)
	case stBeginStringOrEmpty:
		if isSpace(c) {
			return opSkipSpace
		}
		if c == '}' {
			s.stack[len(s.stack)-1] = inObjectValue
			return s.endValue(c)
		}
		fallthrough
	case stBeginString:
		if isSpace(c) {
			return opSkipSpace
		}
		if c == '"' {
			s.state = stInString
			return opBeginLit
		}
		return s.fail(c, "looking for beginning of object key string")
	case stEndValue:
		return s.endValue(c)
	case stEndTop:
		return s.endTopByte(c)
	case stInString:
		if c == '"' {
			s.state = stEndValue
			return opContinue
		}
		if c == '\\' {
			s.state = stInStringEsc
			return opContinue
		}
		if c < 0x20 {
			return s.fail(c, "in string literal")
		}
		return opContinue
	case stInStringEsc:
		switch c {
		case 'b', 'f', 'n', 'r', 't', '\\', '/', '"':
			s.state = stInString
			return opContinue
		case 'u':
			s.state = stInStringEscU
			return opContinue
		}
		return s.fail(c, "in string escape code")
	case stInStringEscU, stInStringEscU1, stInStringEscU12, stInStringEscU123:
		if isHex(c) {
			if s.state == stInStringEscU123 {
				s.state = stInString
			} else {
				s.state++
			}
			return opContinue
		}
		return s.fail(c, "in \\u hexadecimal character escape")
	case stNeg:
		if c == '0' {
			s.state = st0
			return opContinue
		}
		if '1' <= c && c <= '9' {
			s.state = st1
			return opContinue
		}
		return s.fail(c, "in numeric literal")
	case st1:
		if '0' <= c && c <= '9' {
			return opContinue
		}
		return s.afterZero(c)
	case st0:
		return s.afterZero(c)
	case stDot:
		if '0' <= c && c <= '9' {
			s.state = stDot0
			return opContinue
		}
		return s.fail(c, "after decimal point in numeric literal")
	case stDot0:
		if '0' <= c && c <= '9' {
			return opContinue
		}
		if c == 'e' || c == 'E' {
			s.state = stE
			return opContinue
		}
		return s.endValue(c)
	case stE:
		if c == '+' || c == '-' {
			s.state = stESign
			return opContinue
		}
		fallthrough
	case stESign:
		if '0' <= c && c <= '9' {
			s.state = stE0
			return opContinue
		}
		return s.fail(c, "in exponent of numeric literal")
	case stE0:
		if '0' <= c && c <= '9' {
			return opContinue
		}
		return s.endValue(c)
	case stT:
		return s.lit(c, 'r', stTr, "in literal true (expecting 'r')")
	case stTr:
		return s.lit(c, 'u', stTru, "in literal true (expecting 'u')")
	case stTru:
		return s.lit(c, 'e', stEndValue, "in literal true (expecting 'e')")
	case stF:
		return s.lit(c, 'a', stFa, "in literal false (expecting 'a')")
	case stFa:
		return s.lit(c, 'l', stFal, "in literal false (expecting 'l')")
	case stFal:
		return s.lit(c, 's', stFals, "in literal false (expecting 's')")
	case stFals:
		return s.lit(c, 'e', stEndValue, "in literal false (expecting 'e')")
	case stN:
		return s.lit(c, 'u', stNu, "in literal null (expecting 'u')")
	case stNu:
		return s.lit(c, 'l', stNul, "in literal null (expecting 'l')")
	case stNul:
		return s.lit(c, 'l', stEndValue, "in literal null (expecting 'l')")
	}
	return opError // stError: stays in error
}
