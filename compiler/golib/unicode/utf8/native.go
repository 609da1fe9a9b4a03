// Package utf8: the functions of Go 1.19's unicode/utf8 that the runtime implements
// (runtime/src/pkg_utf8.rs, entries deferc_utf8_<Name>), declared without bodies so that
// they are ordinary functions of the package (also as function values).
package utf8

// RuneLen returns the number of bytes required to encode the rune, or -1.
func RuneLen(r rune) int

// RuneCountInString returns the number of runes in s.
func RuneCountInString(s string) (n int)

// ValidString reports whether s consists entirely of valid UTF-8-encoded runes.
func ValidString(s string) bool

// ValidRune reports whether r can be legally encoded as UTF-8.
func ValidRune(r rune) bool
