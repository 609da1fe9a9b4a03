// Package strconv: complex numbers (FormatComplex and ParseComplex), written for deferc on
// top of the package's float conversions. Lazy, like strconv.go.
//
// ParseComplex needs the length of the longest float at the start of a
// string, which Go gets from an unexported parseFloatPrefix. Here
// floatPrefixLen scans for that length with Go's float grammar, and
// ParseFloat of exactly that prefix gives the value and the range or
// syntax verdict (ParseFloat of a prefix decides as parseFloatPrefix does
// on the longer string, since both read the same characters).
package strconv

const fnParseComplex = "ParseComplex"

// FormatComplex formats c as (a+bi): its parts as FormatFloat formats them with fmt and prec,
// each of bitSize/2 bits (bitSize is 64 for a complex64, 128 for a complex128; anything else
// panics), the imaginary part always with its sign.
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	if bitSize != 64 && bitSize != 128 {
		panic("invalid bitSize")
	}
	// Each part of a complex64 is a float32.
	partBits := bitSize / 2
	re := FormatFloat(real(c), fmt, prec, partBits)
	im := FormatFloat(imag(c), fmt, prec, partBits)
	// The imaginary part always shows its sign.
	if im[0] != '+' && im[0] != '-' {
		im = "+" + im
	}
	return "(" + re + im + "i)"
}

// ParseComplex parses s as a complex number of bitSize bits (64: each part rounded to a
// float32; the result is still a complex128): N, Ni or N±Ni, where each N is what ParseFloat
// takes, optionally in parentheses and without spaces; a second N that is NaN takes only
// '+'. Errors are *NumError with Num = s: ErrSyntax for a malformed s, ErrRange (with the
// part concerned ±Inf) for a part out of range.
func ParseComplex(s string, bitSize int) (complex128, error) {
	partBits := 64
	if bitSize == 64 {
		partBits = 32
	}
	orig := s
	if len(s) >= 2 && s[0] == '(' && s[len(s)-1] == ')' {
		s = s[1 : len(s)-1]
	}

	// A part out of range still yields ±Inf and the parse goes on; the
	// range error is reported only if the whole string is well formed.
	var rangeErr error

	re, n, verdict := parsePart(s, partBits)
	switch verdict {
	case partSyntax:
		return 0, complexSyntaxError(orig)
	case partRange:
		rangeErr = complexRangeError(orig)
	}
	s = s[n:]
	if s == "" {
		return complex(re, 0), rangeErr
	}

	// What may follow the first number: "i" alone (it was the imaginary
	// part), or the signed second number. A '+' is dropped unless another
	// '+' follows it (which the float grammar then rejects); a '-' stays
	// as the second number's sign.
	switch s[0] {
	case '+':
		if len(s) > 1 && s[1] != '+' {
			s = s[1:]
		}
	case '-':
	case 'i':
		if len(s) == 1 {
			return complex(0, re), rangeErr
		}
		return 0, complexSyntaxError(orig)
	default:
		return 0, complexSyntaxError(orig)
	}

	im, n, verdict := parsePart(s, partBits)
	switch verdict {
	case partSyntax:
		return 0, complexSyntaxError(orig)
	case partRange:
		rangeErr = complexRangeError(orig)
	}
	if s[n:] != "i" {
		return 0, complexSyntaxError(orig)
	}
	return complex(re, im), rangeErr
}

func complexSyntaxError(s string) *NumError {
	return &NumError{Func: fnParseComplex, Num: s, Err: ErrSyntax}
}

func complexRangeError(s string) *NumError {
	return &NumError{Func: fnParseComplex, Num: s, Err: ErrRange}
}

// partVerdict is what parsePart found.
type partVerdict int

const (
	partOK     partVerdict = iota
	partRange              // well formed, beyond the float type's range: value is ±Inf
	partSyntax             // no float at the start of the string
)

// parsePart parses the longest float at the start of s as a float of
// bitSize bits and returns it with its length in bytes.
func parsePart(s string, bitSize int) (float64, int, partVerdict) {
	n, ok := floatPrefixLen(s)
	if !ok {
		return 0, 0, partSyntax
	}
	f, err := ParseFloat(s[:n], bitSize)
	if err != nil {
		if ne, isNum := err.(*NumError); isNum && ne.Err == ErrRange {
			return f, n, partRange
		}
		// Misplaced underscores: the float grammar takes them, ParseFloat
		// then rejects the prefix as a whole.
		return 0, n, partSyntax
	}
	return f, n, partOK
}

// floatPrefixLen returns the length of the float that ParseFloat's grammar
// reads at the start of s, or false if none: an optionally signed
// "inf"/"infinity", an unsigned "nan" (letters in any case), or a decimal
// or 0x-hexadecimal mantissa with its exponent. Like Go's reader it does
// not back up: a mantissa followed by an exponent letter whose digits are
// missing is no float at all, not a shorter one. Underscores are taken
// wherever digits are; whether they are well placed is ParseFloat's call.
func floatPrefixLen(s string) (int, bool) {
	if n := specialLen(s); n > 0 {
		return n, true
	}
	return numberLen(s)
}

// specialLen returns the length of an infinity or NaN spelling at the
// start of s, or 0.
func specialLen(s string) int {
	sign := 0
	if s != "" && (s[0] == '+' || s[0] == '-') {
		sign = 1
	}
	rest := s[sign:]
	if rest == "" {
		return 0
	}
	switch lower(rest[0]) {
	case 'i':
		// "inf" or "infinity"; anything between reads as "inf".
		switch m := matchFold(rest, "infinity"); {
		case m == 8:
			return sign + 8
		case m >= 3:
			return sign + 3
		}
	case 'n':
		if sign == 0 && matchFold(rest, "nan") == 3 {
			return 3
		}
	}
	return 0
}

// matchFold returns how many leading bytes of s equal those of the
// lower-case word, ignoring ASCII case.
func matchFold(s, word string) int {
	n := 0
	for n < len(s) && n < len(word) && lower(s[n]) == word[n] {
		n++
	}
	return n
}

// numberLen scans a decimal or hexadecimal float: sign, mantissa digits
// with at most one '.', then the exponent ('e' for decimal, 'p' and
// obligatory for hexadecimal) with optionally signed decimal digits.
func numberLen(s string) (int, bool) {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	hex := false
	if i+2 < len(s) && s[i] == '0' && lower(s[i+1]) == 'x' {
		hex = true
		i += 2
	}
	digits, dot := false, false
mantissa:
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '_':
		case c == '.':
			if dot {
				break mantissa
			}
			dot = true
		case isDecimalDigit(c) || hex && 'a' <= lower(c) && lower(c) <= 'f':
			digits = true
		default:
			break mantissa
		}
	}
	if !digits {
		return 0, false
	}

	expLetter := byte('e')
	if hex {
		expLetter = 'p'
	}
	if i == len(s) || lower(s[i]) != expLetter {
		// Only a decimal float may omit its exponent.
		return i, !hex
	}
	i++
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	if i == len(s) || !isDecimalDigit(s[i]) {
		return 0, false
	}
	for i < len(s) && (isDecimalDigit(s[i]) || s[i] == '_') {
		i++
	}
	return i, true
}

func isDecimalDigit(c byte) bool { return '0' <= c && c <= '9' }

// lower maps an ASCII upper-case letter to its lower case by setting bit
// 0x20; the bytes it compares against are all lower-case letters, which no
// other byte maps onto.
func lower(c byte) byte { return c | ('x' - 'X') }
