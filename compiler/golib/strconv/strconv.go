// Package strconv: Go 1.19's strconv for deferc (all but FormatComplex and ParseComplex),
// written in the defer language around the runtime's parsers and float formatter
// (runtime/src/pkg_strconv, which follow Go's atoi.go, atof.go, ftoa.go and quote.go);
// quote.go has the quoting. Itoa, Quote, QuoteRune and FormatBool are implemented by the
// runtime (native.go). All of the package's files are lazy (loader/lazy.rs): a program
// compiles only what it names.
package strconv

import "errors"

// ErrRange indicates that a value is out of range for the target type.
var ErrRange = errors.New("value out of range")

// ErrSyntax indicates that a value does not have the right syntax for the target type.
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat, Atoi)
	Num  string // the input
	Err  error  // the reason the conversion failed (ErrRange, ErrSyntax, etc.)
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

// IntSize is the size in bits of an int or uint value.
const IntSize = 64

// What the runtime's parsers report through their kind argument.
const (
	parseOK = iota
	parseSyntax
	parseRange
	parseBase    // the base argument is invalid
	parseBitSize // the bitSize argument is invalid
)

// Implemented by the runtime: Go's parsers, returning the value Go returns (the clamped
// value on a range error) and setting *kind.
func parseInt(s string, base int, bitSize int, kind *int) int64
func parseUint(s string, base int, bitSize int, kind *int) uint64
func atoi(s string, kind *int) int
func parseFloat(s string, bitSize int, kind *int) float64

// formatFloat is FormatFloat for a bitSize of 32 or 64.
func formatFloat(f float64, fmt byte, prec, bitSize int) string

// unquote is Unquote; *ok is false on a syntax error.
func unquote(s string, ok *bool) string

// QuoteToASCII returns a double-quoted Go string literal representing s, with non-ASCII
// and non-printable characters escaped.
func QuoteToASCII(s string) string

// QuoteRuneToASCII returns a single-quoted Go character literal representing r, escaped as
// QuoteToASCII does.
func QuoteRuneToASCII(r rune) string

// numError is the error for a parse's kind: nil, or a *NumError naming fn and the input s.
// Go builds the errors of a bad base or bit size anew on every call; so does this.
func numError(fn, s string, kind, base, bitSize int) error {
	switch kind {
	case parseOK:
		return nil
	case parseSyntax:
		return &NumError{fn, s, ErrSyntax}
	case parseRange:
		return &NumError{fn, s, ErrRange}
	case parseBase:
		return &NumError{fn, s, errors.New("invalid base " + Itoa(base))}
	}
	return &NumError{fn, s, errors.New("invalid bit size " + Itoa(bitSize))}
}

// ParseInt interprets s in the given base (0, or 2 to 36) and bit size (0 to 64) and
// returns the corresponding value; base 0 takes the base from the prefix (0b, 0o, 0x or 0)
// and allows underscores.
func ParseInt(s string, base int, bitSize int) (int64, error) {
	kind := parseOK
	v := parseInt(s, base, bitSize, &kind)
	return v, numError("ParseInt", s, kind, base, bitSize)
}

// ParseUint is like ParseInt but for unsigned numbers; a sign prefix is not permitted.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	kind := parseOK
	v := parseUint(s, base, bitSize, &kind)
	return v, numError("ParseUint", s, kind, base, bitSize)
}

// Atoi is equivalent to ParseInt(s, 10, 0), converted to type int.
func Atoi(s string) (int, error) {
	kind := parseOK
	v := atoi(s, &kind)
	return v, numError("Atoi", s, kind, 10, 0)
}

// ParseFloat converts s to a floating-point number of the precision bitSize (32 or 64; a
// float32 result is returned widened). Out of range values give ±Inf and ErrRange.
func ParseFloat(s string, bitSize int) (float64, error) {
	kind := parseOK
	v := parseFloat(s, bitSize, &kind)
	return v, numError("ParseFloat", s, kind, 10, bitSize)
}

// ParseBool returns the boolean value represented by s: 1, t, T, TRUE, true, True, 0, f,
// F, FALSE, false or False.
func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, &NumError{"ParseBool", str, ErrSyntax}
}

const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

// formatBits writes the digits of u in base (2 to 36, else Go's panic), after a '-' if
// neg, to the end of a and returns where they start.
func formatBits(a *[65]byte, u uint64, base int, neg bool) int {
	if base < 2 || base > len(digits) {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	i := len(a)
	b := uint64(base)
	for u >= b {
		i--
		a[i] = digits[u%b]
		u /= b
	}
	i--
	a[i] = digits[u]
	if neg {
		i--
		a[i] = '-'
	}
	return i
}

// FormatInt returns the string representation of i in the given base (2 to 36), with
// lower-case letters for digits from 10.
func FormatInt(i int64, base int) string {
	var a [65]byte // 64 binary digits and a sign
	if i < 0 {
		// -i as uint64 is right even for the most negative int64.
		return string(a[formatBits(&a, -uint64(i), base, true):])
	}
	return string(a[formatBits(&a, uint64(i), base, false):])
}

// FormatUint returns the string representation of i in the given base (2 to 36).
func FormatUint(i uint64, base int) string {
	var a [65]byte
	return string(a[formatBits(&a, i, base, false):])
}

// FormatFloat converts f to a string in the format fmt ('b', 'e', 'E', 'f', 'g', 'G', 'x'
// or 'X') with precision prec (-1: the fewest digits that read back exactly), assuming f
// came from a float of bitSize bits (32 or 64).
func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	if bitSize != 32 && bitSize != 64 {
		panic("strconv: illegal AppendFloat/FormatFloat bitSize")
	}
	return formatFloat(f, fmt, prec, bitSize)
}

// Unquote interprets s as a single-quoted, double-quoted or backquoted Go literal and
// returns the value it denotes (a single-quoted one is a single character).
func Unquote(s string) (string, error) {
	ok := false
	v := unquote(s, &ok)
	if !ok {
		return "", ErrSyntax
	}
	return v, nil
}
