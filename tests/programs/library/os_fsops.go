// File-system operations of package os: Rename, Link, Symlink, Readlink, Lstat and Stat of
// links, Chmod, Truncate, Chtimes and ModTime, Sys's *syscall.Stat_t, SameFile, Chdir and
// Getwd, and their errors (*PathError, *LinkError, *SyscallError). Everything lives in a
// fresh os.MkdirTemp directory and is printed relative to it.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"syscall"
	"time"
)

var dir string

func must(err error) {
	if err != nil {
		panic(err)
	}
}

func show(what string, err error) {
	s := "<nil>"
	if err != nil {
		s = strings.ReplaceAll(err.Error(), dir, "$TMP")
	}
	fmt.Printf("%-22s %s\n", what, s)
	var le *os.LinkError
	if errors.As(err, &le) {
		fmt.Printf("%22s LinkError{%s %s %s %v} unwrap=%v\n", "", le.Op,
			strings.ReplaceAll(le.Old, dir, "$TMP"), strings.ReplaceAll(le.New, dir, "$TMP"), le.Err, errors.Unwrap(err) == le.Err)
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Printf("%22s PathError{%s %v}\n", "", pe.Op, pe.Err)
	}
}

func stat(name string) {
	fi, err := os.Stat(dir + "/" + name)
	if err != nil {
		show("stat "+name, err)
		return
	}
	li, err := os.Lstat(dir + "/" + name)
	must(err)
	size := fi.Size() // directory sizes depend on the file system
	if fi.IsDir() {
		size = -1
	}
	fmt.Printf("%-10s stat: %s %v %d | lstat: %s %v\n", name, fi.Name(), fi.Mode(), size, li.Name(), li.Mode().Type())
}

func main() {
	var err error
	dir, err = os.MkdirTemp("", "deferc-fsops-*")
	must(err)
	defer os.RemoveAll(dir)
	p := func(s string) string { return dir + "/" + s }

	must(os.WriteFile(p("f"), []byte("hello, world"), 0644))
	must(os.Chmod(p("f"), 0640))
	must(os.Mkdir(p("d"), 0755))
	must(os.Chmod(p("d"), 0751))

	// Rename.
	show("rename f g", os.Rename(p("f"), p("g")))
	stat("f")
	stat("g")
	show("rename missing", os.Rename(p("missing"), p("x")))
	show("rename g onto d", os.Rename(p("g"), p("d")))
	show("rename missing onto d", os.Rename(p("missing"), p("d")))
	show("rename d d", os.Rename(p("d"), p("d")))
	show("rename into missing dir", os.Rename(p("g"), p("no/such")))
	must(os.WriteFile(p("h"), []byte("old"), 0600))
	show("rename g over h", os.Rename(p("g"), p("h")))
	b, _ := os.ReadFile(p("h"))
	fmt.Printf("%q\n", b)

	// Links.
	show("link h hard", os.Link(p("h"), p("hard")))
	show("link again", os.Link(p("h"), p("hard")))
	show("link missing", os.Link(p("missing"), p("x")))
	show("symlink h sym", os.Symlink("h", p("sym")))
	show("symlink again", os.Symlink("h", p("sym")))
	show("symlink d dsym", os.Symlink("d", p("dsym")))
	show("symlink dangling", os.Symlink("nothing/here", p("dangling")))
	stat("h")
	stat("hard")
	stat("sym")
	stat("dsym")
	stat("dangling")
	for _, n := range []string{"sym", "dsym", "dangling", "h", "missing"} {
		s, err := os.Readlink(p(n))
		fmt.Printf("readlink %s: %q ", n, s)
		show("", err)
	}
	long := strings.Repeat("x/", 150) + "end"
	must(os.Symlink(long, p("long")))
	s, err := os.Readlink(p("long"))
	fmt.Println(len(s), s == long, err)

	// SameFile.
	hi, _ := os.Stat(p("h"))
	hardi, _ := os.Stat(p("hard"))
	symi, _ := os.Stat(p("sym"))
	syml, _ := os.Lstat(p("sym"))
	di, _ := os.Stat(p("d"))
	fmt.Println(os.SameFile(hi, hardi), os.SameFile(hi, symi), os.SameFile(hi, syml), os.SameFile(hi, di), os.SameFile(hi, nil))
	st := hi.Sys().(*syscall.Stat_t)
	fmt.Println(st.Nlink, st.Size, st.Mode&syscall.S_IFMT == syscall.S_IFREG, st.Mode&0777)
	hf, _ := os.Open(p("h"))
	hfi, _ := hf.Stat()
	fmt.Println(os.SameFile(hi, hfi), hfi.Name())

	// Chmod.
	show("chmod h 0600", os.Chmod(p("h"), 0600))
	stat("h")
	show("chmod via sym", os.Chmod(p("sym"), 0444))
	stat("h")
	show("chmod setuid|sticky", os.Chmod(p("h"), 0700|os.ModeSetuid|os.ModeSticky))
	stat("h")
	show("chmod missing", os.Chmod(p("missing"), 0600))
	show("file chmod", hf.Chmod(0644))
	stat("h")

	// Truncate.
	show("truncate h 5", os.Truncate(p("h"), 5))
	stat("h")
	show("truncate h 100", os.Truncate(p("h"), 100))
	stat("h")
	show("truncate missing", os.Truncate(p("missing"), 1))
	show("truncate d", os.Truncate(p("d"), 1))
	show("truncate -1", os.Truncate(p("h"), -1))
	w, _ := os.OpenFile(p("h"), os.O_RDWR, 0)
	show("file truncate 2", w.Truncate(2))
	stat("h")
	show("file truncate ro", hf.Truncate(1))
	w.Close()

	// Chtimes and ModTime.
	mt := time.Date(2001, 9, 9, 1, 46, 40, 123456789, time.UTC)
	at := time.Date(1999, 1, 1, 0, 0, 0, 0, time.UTC)
	show("chtimes h", os.Chtimes(p("h"), at, mt))
	hi, _ = os.Stat(p("h"))
	fmt.Println(hi.ModTime().UTC(), hi.ModTime().Equal(mt), hi.ModTime().Location())
	st = hi.Sys().(*syscall.Stat_t)
	asec, ansec := st.Atim.Unix()
	fmt.Println(st.Mtim.Sec, st.Mtim.Nsec, st.Atim.Sec, asec, ansec, st.Mtim.Nano())
	show("chtimes pre-1970", os.Chtimes(p("d"), at, time.Date(1960, 1, 1, 0, 0, 0, 5, time.UTC)))
	di, _ = os.Stat(p("d"))
	fmt.Println(di.ModTime().UTC())
	show("chtimes missing", os.Chtimes(p("missing"), at, mt))

	// Chown to the same owner (-1 changes nothing).
	show("chown -1 -1", os.Chown(p("h"), -1, -1))
	show("lchown -1 -1", os.Lchown(p("sym"), -1, -1))
	show("file chown -1 -1", hf.Chown(-1, -1))
	show("chown missing", os.Chown(p("missing"), -1, -1))
	hf.Close()

	// Chdir and Getwd.
	orig, err := os.Getwd()
	must(err)
	show("chdir d", os.Chdir(p("d")))
	wd, err := os.Getwd()
	fmt.Println(strings.ReplaceAll(wd, dir, "$TMP"), err)
	must(os.WriteFile("inside", []byte("x"), 0644))
	_, err = os.Stat(p("d/inside"))
	fmt.Println(err)
	show("chdir missing", os.Chdir(p("missing")))
	show("chdir h", os.Chdir(p("h")))
	df, _ := os.Open(dir)
	show("file chdir", df.Chdir())
	wd, _ = os.Getwd()
	fmt.Println(strings.ReplaceAll(wd, dir, "$TMP"))
	df.Close()
	show("chdir back", os.Chdir(orig))
	wd, _ = os.Getwd()
	fmt.Println(wd == orig)

	// Errors as values.
	se := os.NewSyscallError("getwd", syscall.ENOENT)
	fmt.Println(se, errors.Is(se, fs.ErrNotExist), os.IsNotExist(se), os.NewSyscallError("x", nil) == nil)
	var sce *os.SyscallError
	fmt.Println(errors.As(se, &sce), sce.Syscall, sce.Timeout(), os.IsTimeout(se), os.IsTimeout(os.NewSyscallError("t", syscall.ETIMEDOUT)))
	le := &os.LinkError{Op: "op", Old: "a", New: "b", Err: syscall.EEXIST}
	fmt.Println(le, os.IsExist(le), errors.Is(le, fs.ErrExist))
	fmt.Println(os.IsPathSeparator('/'), os.IsPathSeparator('\\'))
}
