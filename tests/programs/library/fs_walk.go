// Package io/fs over os.DirFS: WalkDir (lexical order, SkipDir on a directory and on a file,
// errors passed to the function and returned from it, a directory that fails to read), ReadDir, Stat, ReadFile, Glob, Sub,
// ValidPath, FileInfoToDirEntry, and an FS of the program's own (a map) that implements
// none of the optional interfaces. Files live in a fresh os.MkdirTemp directory.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
	"time"
)

func must(err error) {
	if err != nil {
		panic(err)
	}
}

// mapFS is a read-only file system of names to contents; directories are implied.
type mapFS map[string]string

type mapFile struct {
	name string
	data *strings.Reader
	dir  bool
	fs   mapFS
	read bool
}

type mapInfo struct {
	name string
	size int64
	dir  bool
}

func (i mapInfo) Name() string { return i.name }
func (i mapInfo) Size() int64  { return i.size }
func (i mapInfo) Mode() fs.FileMode {
	if i.dir {
		return fs.ModeDir | 0555
	}
	return 0444
}
func (i mapInfo) ModTime() time.Time { return time.Time{} }
func (i mapInfo) IsDir() bool        { return i.dir }
func (i mapInfo) Sys() any           { return nil }

func (m mapFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	if s, ok := m[name]; ok {
		return &mapFile{name: name, data: strings.NewReader(s), fs: m}, nil
	}
	for k := range m {
		if name == "." || strings.HasPrefix(k, name+"/") {
			return &mapFile{name: name, dir: true, fs: m}, nil
		}
	}
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}

func (f *mapFile) Stat() (fs.FileInfo, error) {
	if f.dir {
		return mapInfo{path.Base(f.name), 0, true}, nil
	}
	return mapInfo{path.Base(f.name), f.data.Size(), false}, nil
}

func (f *mapFile) Read(b []byte) (int, error) {
	if f.dir {
		return 0, &fs.PathError{Op: "read", Path: f.name, Err: errors.New("is a directory")}
	}
	return f.data.Read(b)
}

func (f *mapFile) Close() error { return nil }

// ReadDir makes *mapFile an fs.ReadDirFile; entries come out in reverse order, which
// fs.ReadDir must sort.
func (f *mapFile) ReadDir(n int) ([]fs.DirEntry, error) {
	if f.read {
		return nil, nil
	}
	f.read = true
	seen := map[string]bool{}
	var out []fs.DirEntry
	prefix := f.name + "/"
	if f.name == "." {
		prefix = ""
	}
	for k, v := range f.fs {
		if !strings.HasPrefix(k, prefix) {
			continue
		}
		rest := k[len(prefix):]
		child, _, isDir := strings.Cut(rest, "/")
		if seen[child] {
			continue
		}
		seen[child] = true
		out = append(out, fs.FileInfoToDirEntry(mapInfo{child, int64(len(v)), isDir}))
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name() > out[j].Name() })
	if f.name == "broken" {
		return out, errors.New("broken directory")
	}
	return out, nil
}

var dir string

func walk(fsys fs.FS, root string, skip map[string]error) {
	err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			fmt.Printf("  visit %q err=%v d=%v\n", p, strings.ReplaceAll(err.Error(), dir, "$TMP"), d != nil)
			return skip["ERR"]
		}
		fmt.Printf("  visit %q %s dir=%v type=%v\n", p, d.Name(), d.IsDir(), d.Type())
		return skip[p]
	})
	fmt.Println("  ->", err)
}

func main() {
	var err error
	dir, err = os.MkdirTemp("", "deferc-fswalk-*")
	must(err)
	defer os.RemoveAll(dir)
	for _, d := range []string{"a", "a/b", "a/b/c", "z", "m"} {
		must(os.Mkdir(dir+"/"+d, 0755))
	}
	for _, f := range []string{"top.txt", "a/1.go", "a/2.go", "a/b/x.txt", "a/b/c/deep.go", "m/readme", "z/last.go", "Upper.go"} {
		must(os.WriteFile(dir+"/"+f, []byte("content of "+f), 0644))
	}
	must(os.Symlink("a", dir+"/alink"))

	fsys := os.DirFS(dir)
	fmt.Println("walk .")
	walk(fsys, ".", nil)
	fmt.Println("walk a, skipping a/b")
	walk(fsys, "a", map[string]error{"a/b": fs.SkipDir})
	fmt.Println("walk ., SkipDir on a file skips the rest of its directory")
	walk(fsys, ".", map[string]error{"a/1.go": fs.SkipDir, "m": fs.SkipDir})
	fmt.Println("walk ., SkipDir on the root")
	walk(fsys, ".", map[string]error{".": fs.SkipDir})
	fmt.Println("walk ., stop with an error")
	walk(fsys, ".", map[string]error{"a/b/x.txt": errors.New("stop here")})
	fmt.Println("walk a missing root")
	walk(fsys, "missing", nil)
	walk(fsys, "missing", map[string]error{"ERR": errors.New("replaced")})
	fmt.Println("walk a file")
	walk(fsys, "top.txt", nil)
	// ReadDir, Stat, ReadFile through the FS.
	ents, err := fs.ReadDir(fsys, "a")
	fmt.Println(len(ents), err)
	for _, e := range ents {
		fmt.Println(" ", e.Name(), e.IsDir())
	}
	_, err = fs.ReadDir(fsys, "nope")
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "$TMP"))
	fi, err := fs.Stat(fsys, "a/b/x.txt")
	fmt.Println(fi.Name(), fi.Size(), fi.IsDir(), err)
	_, err = fs.Stat(fsys, "/abs")
	fmt.Println(err)
	_, err = fs.Stat(fsys, "a/../top.txt")
	fmt.Println(err, errors.Is(err, fs.ErrInvalid))
	b, err := fs.ReadFile(fsys, "a/b/c/deep.go")
	fmt.Printf("%q %v\n", b, err)
	_, err = fs.ReadFile(fsys, "a")
	fmt.Println(strings.ReplaceAll(fmt.Sprint(err), dir, "$TMP"))
	f, err := fsys.Open(".")
	fmt.Printf("%T %v\n", f, err)
	f.Close()
	f, err = fsys.Open("missing")
	fmt.Println(f == nil, strings.ReplaceAll(err.Error(), dir, "$TMP"))
	fmt.Println(os.DirFS("").Open("x"))

	// Glob.
	for _, pat := range []string{"*", "*.txt", "a/*.go", "*/*.go", "*/*/*", "a/b/c/*", "[a-m]*", "?", "nomatch*", "top.txt", "missing.txt", "a/[", "[]", "\\*", "a\\/1.go"} {
		m, err := fs.Glob(fsys, pat)
		fmt.Printf("%-10q %q %v\n", pat, m, err)
	}

	// Sub.
	sub, err := fs.Sub(fsys, "a/b")
	fmt.Println(err)
	walk(sub, ".", nil)
	m, err := fs.Glob(sub, "*")
	fmt.Println(m, err)
	b, err = fs.ReadFile(sub, "c/deep.go")
	fmt.Printf("%q %v\n", b, err)
	_, err = fs.ReadFile(sub, "nothere")
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "$TMP"))
	_, err = fs.ReadDir(sub, "..")
	fmt.Println(err)
	_, err = fs.Sub(fsys, "../x")
	fmt.Println(err)
	same, _ := fs.Sub(fsys, ".")
	fmt.Println(same == fsys)
	sub2, err := fs.Sub(sub, "c")
	fmt.Println(err)
	walk(sub2, ".", nil)

	// ValidPath.
	for _, p := range []string{".", "", "a", "a/b", "/a", "a/", "a//b", "./a", "a/./b", "a/..", "..", "a/b/c.d", "\xff", "é/ü"} {
		fmt.Printf("%q:%v ", p, fs.ValidPath(p))
	}
	fmt.Println()

	// FileInfoToDirEntry.
	info, _ := fs.Stat(fsys, "a")
	de := fs.FileInfoToDirEntry(info)
	di, err := de.Info()
	fmt.Println(de.Name(), de.IsDir(), de.Type(), di == info, err, fs.FileInfoToDirEntry(nil) == nil)

	// A program's own FS with none of the optional interfaces.
	mfs := mapFS{"hello.txt": "hi", "dir/one": "1", "dir/two": "22", "dir/sub/three": "333", "broken/b": "", "broken/a": ""}
	walk(mfs, ".", nil)
	fmt.Println("walk a directory that fails to read, SkipDir from the second call")
	walk(mfs, ".", map[string]error{"ERR": fs.SkipDir})
	fmt.Println("walk a directory that fails to read, an error from the second call")
	walk(mfs, ".", map[string]error{"ERR": errors.New("give up")})
	_, err = fs.ReadDir(mfs, "broken")
	fmt.Println(err)
	ents, err = fs.ReadDir(mfs, "dir")
	for _, e := range ents {
		fmt.Print(e.Name(), " ")
	}
	fmt.Println(err)
	m, err = fs.Glob(mfs, "dir/*")
	fmt.Println(m, err)
	b, err = fs.ReadFile(mfs, "dir/two")
	fmt.Printf("%q %v\n", b, err)
	fi, err = fs.Stat(mfs, "dir/sub")
	fmt.Println(fi.Name(), fi.IsDir(), fi.Mode(), err)
	msub, _ := fs.Sub(mfs, "dir")
	m, err = fs.Glob(msub, "*")
	fmt.Println(m, err)
	b, err = fs.ReadFile(msub, "one")
	fmt.Printf("%q %v\n", b, err)
	_, err = fs.ReadFile(msub, "zero")
	fmt.Println(err)
	var r io.Reader = strings.NewReader("x")
	_, isFile := r.(fs.File)
	fmt.Println(isFile)
}
