// Package filepath: Go 1.19's path/filepath for deferc's one platform, Unix, where the
// lexical functions are package path's with '/' as the separator (and no volume names), and
// Abs, Rel, EvalSymlinks, Walk and WalkDir (walk.go) and Match and Glob (match.go) work on
// the file system through package os.
package filepath

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"strings"
	"syscall"
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

// HasPrefix exists for historical compatibility and should not be used.
func HasPrefix(p, prefix string) bool { return strings.HasPrefix(p, prefix) }

// Abs returns an absolute representation of path: joined with the working directory if it
// is not absolute, and cleaned.
func Abs(path string) (string, error) {
	if IsAbs(path) {
		return Clean(path), nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	return Join(wd, path), nil
}

// Rel returns a relative path that is lexically equivalent to targpath when joined to
// basepath; it is an error if targpath cannot be made relative to basepath (one absolute
// and the other not, or basepath climbing out with "..").
func Rel(basepath, targpath string) (string, error) {
	base := Clean(basepath)
	targ := Clean(targpath)
	if targ == base {
		return ".", nil
	}
	if base == "." {
		base = ""
	}
	// Can't use IsAbs - `\a` and `a` are both relative in Windows.
	baseSlashed := len(base) > 0 && base[0] == Separator
	targSlashed := len(targ) > 0 && targ[0] == Separator
	if baseSlashed != targSlashed {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	// Position base[b0:bi] and targ[t0:ti] at the first differing elements.
	bl := len(base)
	tl := len(targ)
	var b0, bi, t0, ti int
	for {
		for bi < bl && base[bi] != Separator {
			bi++
		}
		for ti < tl && targ[ti] != Separator {
			ti++
		}
		if targ[t0:ti] != base[b0:bi] {
			break
		}
		if bi < bl {
			bi++
		}
		if ti < tl {
			ti++
		}
		b0 = bi
		t0 = ti
	}
	if base[b0:bi] == ".." {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	if b0 != bl {
		// Base elements left. Must go up before going down.
		seps := strings.Count(base[b0:bl], string(Separator))
		size := 2 + seps*3
		if tl != t0 {
			size += 1 + tl - t0
		}
		buf := make([]byte, size)
		n := copy(buf, "..")
		for i := 0; i < seps; i++ {
			buf[n] = Separator
			copy(buf[n+1:], "..")
			n += 3
		}
		if t0 != tl {
			buf[n] = Separator
			copy(buf[n+1:], targ[t0:])
		}
		return string(buf), nil
	}
	return targ[t0:], nil
}

// EvalSymlinks returns the path name after the evaluation of any symbolic links; a
// relative path gives a result relative to the working directory, unless a link is
// absolute. The result is cleaned.
func EvalSymlinks(path string) (string, error) {
	volLen := 0
	pathSeparator := string(os.PathSeparator)

	if volLen < len(path) && os.IsPathSeparator(path[volLen]) {
		volLen++
	}
	vol := path[:volLen]
	dest := vol
	linksWalked := 0
	for start, end := volLen, volLen; start < len(path); start = end {
		for start < len(path) && os.IsPathSeparator(path[start]) {
			start++
		}
		end = start
		for end < len(path) && !os.IsPathSeparator(path[end]) {
			end++
		}

		// On Unix "." and ".." are lexical here: the links before them are followed
		// by what comes after, as Go 1.19 does.
		if end == start {
			// No more path components.
			break
		} else if path[start:end] == "." {
			// Ignore path component ".".
			continue
		} else if path[start:end] == ".." {
			// Back up to previous component if possible.
			var r int
			for r = len(dest) - 1; r >= volLen; r-- {
				if os.IsPathSeparator(dest[r]) {
					break
				}
			}
			if r < volLen || dest[r+1:] == ".." {
				// Either path has no slashes (it's empty or just "C:") or it ends
				// in a ".." we had to keep. Either way, keep this "..".
				if len(dest) > volLen {
					dest += pathSeparator
				}
				dest += ".."
			} else {
				// Discard everything since the last slash.
				dest = dest[:r]
			}
			continue
		}

		// Ordinary path component. Add it to result.
		if len(dest) > 0 && !os.IsPathSeparator(dest[len(dest)-1]) {
			dest += pathSeparator
		}
		dest += path[start:end]

		// Resolve symlink.
		fi, err := os.Lstat(dest)
		if err != nil {
			return "", err
		}
		if fi.Mode()&fs.ModeSymlink == 0 {
			if !fi.Mode().IsDir() && end < len(path) {
				return "", syscall.ENOTDIR
			}
			continue
		}

		// Found symlink.
		linksWalked++
		if linksWalked > 255 {
			return "", errors.New("EvalSymlinks: too many links")
		}
		link, err := os.Readlink(dest)
		if err != nil {
			return "", err
		}
		path = link + path[end:]
		if len(link) > 0 && os.IsPathSeparator(link[0]) {
			// Symlink to absolute path.
			dest = link[:1]
			end = 1
		} else {
			// Symlink to relative path; replace last path component in dest.
			var r int
			for r = len(dest) - 1; r >= volLen; r-- {
				if os.IsPathSeparator(dest[r]) {
					break
				}
			}
			if r < volLen {
				dest = vol
			} else {
				dest = dest[:r]
			}
			end = 0
		}
	}
	return Clean(dest), nil
}
