// Package unicode: the functions the runtime implements over the standard tables
// (runtime/src/pkg_unicode, entries deferc_unicode_<Name>), declared without bodies (lazy,
// as all of unicode).
package unicode

// The classes: Go's IsLetter and the others answer Latin-1 from one table and the rest by
// searching their category's table; so do these, over the same data.
func IsLetter(r rune) bool
func IsDigit(r rune) bool
func IsNumber(r rune) bool
func IsUpper(r rune) bool
func IsLower(r rune) bool
func IsTitle(r rune) bool
func IsPunct(r rune) bool
func IsMark(r rune) bool
func IsSymbol(r rune) bool
func IsControl(r rune) bool
func IsSpace(r rune) bool
func IsPrint(r rune) bool
func IsGraphic(r rune) bool
func To(_case int, r rune) rune
func ToUpper(r rune) rune
func ToLower(r rune) rune
func ToTitle(r rune) rune
func SimpleFold(r rune) rune
