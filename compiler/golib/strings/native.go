// Package strings: the functions of Go 1.19's strings package that the runtime implements
// (runtime/src/pkg_strings.rs, entries deferc_strings_<Name>), declared here without bodies
// so that they are ordinary functions of the package: callable, deferrable and usable as
// function values (`f := strings.ToUpper`).
package strings

func Contains(s, substr string) bool
func ContainsAny(s, chars string) bool
func ContainsRune(s string, r rune) bool
func HasPrefix(s, prefix string) bool
func HasSuffix(s, suffix string) bool
func EqualFold(s, t string) bool
func Index(s, substr string) int
func IndexAny(s, chars string) int
func IndexByte(s string, c byte) int
func IndexRune(s string, r rune) int
func LastIndex(s, substr string) int
func Count(s, substr string) int
func Compare(a, b string) int
func Join(elems []string, sep string) string
func Split(s, sep string) []string
func SplitN(s, sep string, n int) []string
func Fields(s string) []string
func Replace(s, old, new string, n int) string
func ReplaceAll(s, old, new string) string
func ToUpper(s string) string
func ToLower(s string) string
func TrimSpace(s string) string
func Trim(s, cutset string) string
func TrimLeft(s, cutset string) string
func TrimRight(s, cutset string) string
func TrimPrefix(s, prefix string) string
func TrimSuffix(s, suffix string) string
