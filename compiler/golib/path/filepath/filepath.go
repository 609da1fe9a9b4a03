// Package filepath: Go 1.19's path/filepath for deferc's one platform, Unix, where it is
// package path's functions with '/' as the separator (and no volume names).
package filepath

import (
	"path"
	"strings"
)

const (
	Separator     = '/' // the OS-specific path separator
	ListSeparator = ':' // the OS-specific path list separator
)

// Clean returns the shortest path equivalent to path by purely lexical processing.
func Clean(p string) string { return path.Clean(p) }

// Join joins any number of path elements with the separator, ignoring empty ones, and
// cleans the result; it is "" if all elements are.
func Join(elem ...string) string { return path.Join(elem...) }

// Split splits p after its final separator into a directory and a file name.
func Split(p string) (dir, file string) { return path.Split(p) }

// Ext returns the file name extension used by p.
func Ext(p string) string { return path.Ext(p) }

// Base returns the last element of p.
func Base(p string) string { return path.Base(p) }

// Dir returns all but the last element of p, cleaned.
func Dir(p string) string { return path.Dir(p) }

// IsAbs reports whether p is absolute.
func IsAbs(p string) bool { return path.IsAbs(p) }

// ToSlash returns p with each separator replaced by a slash: p itself on Unix.
func ToSlash(p string) string { return p }

// FromSlash returns p with each slash replaced by the separator: p itself on Unix.
func FromSlash(p string) string { return p }

// SplitList splits a list of paths joined by ListSeparator (as in $PATH); an empty string
// gives an empty list.
func SplitList(p string) []string {
	if p == "" {
		return []string{}
	}
	return strings.Split(p, string(ListSeparator))
}

// VolumeName returns the leading volume name: always "" on Unix.
func VolumeName(p string) string { return "" }
