// Package ioutil: Go 1.19's io/ioutil, all of it (ReadAll, ReadFile, WriteFile, ReadDir,
// NopCloser, Discard, TempFile, TempDir), which Go defines over io and os as this does.
package ioutil

import (
	"io"
	"io/fs"
	"os"
	"sort"
)

// ReadAll reads r until EOF or an error; success is err == nil, not io.EOF.
func ReadAll(r io.Reader) ([]byte, error) { return io.ReadAll(r) }

// ReadFile reads the named file.
func ReadFile(filename string) ([]byte, error) { return os.ReadFile(filename) }

// WriteFile writes data to the named file, creating it with perm (before umask) or
// truncating it.
func WriteFile(filename string, data []byte, perm fs.FileMode) error {
	return os.WriteFile(filename, data, perm)
}

// ReadDir describes the entries of directory dirname, sorted by name (os.File.Readdir).
func ReadDir(dirname string) ([]fs.FileInfo, error) {
	f, err := os.Open(dirname)
	if err != nil {
		return nil, err
	}
	list, err := f.Readdir(-1)
	f.Close()
	if err != nil {
		return nil, err
	}
	sort.Slice(list, func(i, j int) bool { return list[i].Name() < list[j].Name() })
	return list, nil
}

// NopCloser returns r with a Close method that does nothing.
func NopCloser(r io.Reader) io.ReadCloser { return io.NopCloser(r) }

// Discard is a Writer on which all Write calls succeed without doing anything.
var Discard io.Writer = io.Discard

// TempFile creates a new file in dir (os.TempDir() if empty) whose name is pattern with its
// last "*" (or its end) replaced by a random string, opened for reading and writing.
func TempFile(dir, pattern string) (f *os.File, err error) { return os.CreateTemp(dir, pattern) }

// TempDir creates a new directory in dir (os.TempDir() if empty) named like TempFile's.
func TempDir(dir, pattern string) (name string, err error) { return os.MkdirTemp(dir, pattern) }
