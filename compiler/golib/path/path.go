// Package path: Go 1.19's slash-separated path manipulation for deferc, written in the
// defer language.
package path

// Clean returns the shortest path equivalent to path by purely lexical processing: it
// replaces multiple slashes with one, drops "." elements, drops each ".." with the
// non-".." element before it, drops ".." at the beginning of a rooted path, and has no
// trailing slash except for "/". An empty result is ".".
func Clean(path string) string {
	if path == "" {
		return "."
	}
	rooted := path[0] == '/'
	// elems is the cleaned path's elements; the leading ".." of an unrooted path that
	// could not be cancelled are among them, and nothing after them is ever "..".
	var elems []string
	for i := 0; i < len(path); {
		j := i
		for j < len(path) && path[j] != '/' {
			j++
		}
		elem := path[i:j]
		i = j + 1
		switch {
		case elem == "" || elem == ".":
		case elem == "..":
			if n := len(elems); n > 0 && elems[n-1] != ".." {
				elems = elems[:n-1]
			} else if !rooted {
				elems = append(elems, "..")
			}
		default:
			elems = append(elems, elem)
		}
	}
	out := make([]byte, 0, len(path))
	if rooted {
		out = append(out, '/')
	}
	for k, e := range elems {
		if k > 0 {
			out = append(out, '/')
		}
		out = append(out, e...)
	}
	if len(out) == 0 {
		return "."
	}
	return string(out)
}

// lastSlash is the index of the last '/' in s, or -1.
func lastSlash(s string) int {
	i := len(s) - 1
	for i >= 0 && s[i] != '/' {
		i--
	}
	return i
}

// Split splits path after its last slash into a directory and a file name; either may be
// empty, and dir+file == path.
func Split(path string) (dir, file string) {
	i := lastSlash(path)
	return path[:i+1], path[i+1:]
}

// Join joins any number of path elements with slashes, ignoring empty ones, and cleans the
// result; it is "" if all elements are.
func Join(elem ...string) string {
	var b []byte
	for _, e := range elem {
		if len(b) > 0 || e != "" {
			if len(b) > 0 {
				b = append(b, '/')
			}
			b = append(b, e...)
		}
	}
	if len(b) == 0 {
		return ""
	}
	return Clean(string(b))
}

// Ext returns the file name extension: the suffix from the final dot in the last element,
// or "".
func Ext(path string) string {
	for i := len(path) - 1; i >= 0 && path[i] != '/'; i-- {
		if path[i] == '.' {
			return path[i:]
		}
	}
	return ""
}

// Base returns the last element of path, trailing slashes removed: "." for an empty path,
// "/" for one of only slashes.
func Base(path string) string {
	if path == "" {
		return "."
	}
	for len(path) > 0 && path[len(path)-1] == '/' {
		path = path[0 : len(path)-1]
	}
	if i := lastSlash(path); i >= 0 {
		path = path[i+1:]
	}
	if path == "" {
		return "/"
	}
	return path
}

// IsAbs reports whether the path is absolute (starts with a slash).
func IsAbs(path string) bool {
	return len(path) > 0 && path[0] == '/'
}

// Dir returns all but the last element of path, cleaned.
func Dir(path string) string {
	dir, _ := Split(path)
	return Clean(dir)
}
