// Package strconv: the functions of Go 1.19's strconv that the runtime implements
// (runtime/src/pkg_strconv, entries deferc_strconv_<Name>), declared without bodies so that
// they are ordinary functions of the package (also as function values).
package strconv

// Itoa is equivalent to FormatInt(int64(i), 10).
func Itoa(i int) string

// Quote returns a double-quoted Go string literal representing s.
func Quote(s string) string

// QuoteRune returns a single-quoted Go character literal representing the rune.
func QuoteRune(r rune) string

// FormatBool returns "true" or "false" according to the value of b.
func FormatBool(b bool) string
