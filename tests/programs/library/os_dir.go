// Directories in package os: ReadDir (sorted), DirEntry's Name/IsDir/Type/Info, File.ReadDir,
// File.Readdir and File.Readdirnames in batches (io.EOF at the end) and whole, their errors,
// and Seek restarting a directory. Everything lives in a fresh os.MkdirTemp directory and is
// printed relative to it.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sort"
	"strings"
)

func must(err error) {
	if err != nil {
		panic(err)
	}
}

func rel(dir string, err error) string {
	if err == nil {
		return "<nil>"
	}
	return strings.ReplaceAll(err.Error(), dir, "$TMP")
}

func main() {
	dir, err := os.MkdirTemp("", "deferc-osdir-*")
	must(err)
	defer os.RemoveAll(dir)

	must(os.Mkdir(dir+"/sub", 0755))
	must(os.Mkdir(dir+"/sub/deeper", 0755))
	must(os.WriteFile(dir+"/b.txt", []byte("bee"), 0644))
	must(os.WriteFile(dir+"/a.txt", []byte("a"), 0644))
	must(os.WriteFile(dir+"/Z", nil, 0644))
	must(os.WriteFile(dir+"/sub/c", []byte("cccc"), 0644))
	must(os.Symlink("a.txt", dir+"/link"))
	must(os.Symlink("nowhere", dir+"/dangling"))
	for i := 0; i < 30; i++ {
		must(os.WriteFile(fmt.Sprintf("%s/sub/deeper/f%02d", dir, i), []byte(strings.Repeat("x", i)), 0600))
	}

	entries, err := os.ReadDir(dir)
	fmt.Println(len(entries), err)
	for _, e := range entries {
		info, err := e.Info()
		fmt.Printf("%-8s dir=%-5v type=%-11v %v", e.Name(), e.IsDir(), e.Type(), err)
		if err == nil {
			fmt.Printf(" info: %s %v %v", info.Name(), info.IsDir(), info.Mode().Type())
			if info.Mode().IsRegular() {
				fmt.Printf(" size=%d", info.Size())
			}
		}
		fmt.Printf(" %T\n", e)
	}

	// Batches of 7 from File.ReadDir, then io.EOF; the union is everything.
	f, err := os.Open(dir + "/sub/deeper")
	must(err)
	var all []string
	for round := 0; ; round++ {
		batch, err := f.ReadDir(7)
		fmt.Println("round", round, len(batch), err, err == io.EOF)
		for _, e := range batch {
			all = append(all, e.Name())
		}
		if err != nil {
			break
		}
	}
	sort.Strings(all)
	fmt.Println(len(all), all[0], all[len(all)-1])
	rest, err := f.ReadDir(-1)
	fmt.Println(len(rest), err, rest != nil)
	// Seek to the start reads the directory again.
	_, err = f.Seek(0, io.SeekStart)
	fmt.Println(err)
	names, err := f.Readdirnames(0)
	sort.Strings(names)
	fmt.Println(len(names), err, names[:3])
	_, err = f.Seek(0, io.SeekStart)
	fmt.Println(err)
	infos, err := f.Readdir(-1)
	sort.Slice(infos, func(i, j int) bool { return infos[i].Name() < infos[j].Name() })
	fmt.Println(len(infos), err)
	for _, fi := range infos[:4] {
		fmt.Println(" ", fi.Name(), fi.Size(), fi.Mode().IsRegular(), fi.IsDir())
	}
	names, err = f.Readdirnames(5)
	fmt.Println(names, names != nil, err)
	fmt.Println(f.Close())

	// Errors.
	_, err = os.ReadDir(dir + "/missing")
	fmt.Println(rel(dir, err), os.IsNotExist(err), errors.Is(err, fs.ErrNotExist))
	_, err = os.ReadDir(dir + "/a.txt")
	fmt.Println(rel(dir, err))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, pe.Err)
	}
	g, err := os.Open(dir + "/b.txt")
	must(err)
	_, err = g.Readdirnames(-1)
	fmt.Println(rel(dir, err))
	infos, err = g.Readdir(1)
	fmt.Println(rel(dir, err), infos != nil, len(infos))
	g.Close()
	h, err := os.Open(dir)
	must(err)
	h.Close()
	_, err = h.ReadDir(-1)
	fmt.Println(rel(dir, err), errors.Is(err, os.ErrClosed))
	var nilf *os.File
	_, err = nilf.ReadDir(1)
	fmt.Println(err)
	_, err = nilf.Readdirnames(1)
	fmt.Println(err)
	_, err = nilf.Readdir(1)
	fmt.Println(err)

	// An empty directory.
	must(os.Mkdir(dir+"/empty", 0700))
	e, err := os.ReadDir(dir + "/empty")
	fmt.Println(len(e), e != nil, err)
	ef, _ := os.Open(dir + "/empty")
	e, err = ef.ReadDir(1)
	fmt.Println(len(e), e != nil, err)
	ef.Close()
}
