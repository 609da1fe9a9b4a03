// Package bytes: Go 1.19's functions that need package unicode (title case, word boundaries
// and special cases): Title, ToTitle, ToUpperSpecial, ToLowerSpecial, ToTitleSpecial. Joined
// only when a program names one of them.
package bytes

import "unicode"

// ToTitle returns a copy of s with all Unicode letters mapped to their title case.
func ToTitle(s []byte) []byte { return Map(unicode.ToTitle, s) }

// ToUpperSpecial returns a copy of s with all Unicode letters mapped to their upper case,
// giving priority to the special casing rules.
func ToUpperSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToUpper, s) }

// ToLowerSpecial returns a copy of s with all Unicode letters mapped to their lower case,
// giving priority to the special casing rules.
func ToLowerSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToLower, s) }

// ToTitleSpecial returns a copy of s with all Unicode letters mapped to their title case,
// giving priority to the special casing rules.
func ToTitleSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToTitle, s) }

// isSeparator reports whether r separates words for Title: ASCII except letters, digits and
// '_'; otherwise white space that is not a letter or a digit.
func isSeparator(r rune) bool {
	if r <= 0x7F {
		switch {
		case '0' <= r && r <= '9', 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z', r == '_':
			return false
		}
		return true
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}

// Title returns a copy of s with all Unicode letters that begin words mapped to their title
// case. Deprecated in Go: its word boundaries do not handle Unicode punctuation properly.
func Title(s []byte) []byte {
	prev := ' '
	return Map(
		func(r rune) rune {
			if isSeparator(prev) {
				prev = r
				return unicode.ToTitle(r)
			}
			prev = r
			return r
		},
		s)
}
