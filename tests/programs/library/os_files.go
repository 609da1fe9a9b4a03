package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
)

func withDefers(name string) (string, error) {
	f, err := os.Open(name)
	if err != nil {
		return "", err
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	if err != nil {
		return "", err
	}
	return string(b), nil
}

func main() {
	dir, err := os.MkdirTemp("", "deferc-test-*")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	name := dir + "/hello.txt"
	f, err := os.Create(name)
	if err != nil {
		fmt.Println(err)
		return
	}
	n, err := f.WriteString("hello, files\n")
	fmt.Println(n, err)
	fmt.Fprintf(f, "line %d\n", 2)
	fmt.Println(f.Close(), f.Close() != nil)
	s, err := withDefers(name)
	fmt.Printf("%q %v\n", s, err)
	_, err = withDefers(dir + "/missing.txt")
	fmt.Println(err != nil, os.IsNotExist(err), errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, pe.Err)
	}
	_, err = os.Open("/nonexistent/x.txt")
	fmt.Println(err)
	fmt.Printf("%T\n", err)
	info, err := os.Stat(name)
	fmt.Println(info.Name(), info.Size(), info.IsDir(), info.Mode().IsRegular(), err)
	di, _ := os.Stat(dir)
	fmt.Println(di.IsDir(), di.Mode().IsDir())
	data, err := os.ReadFile(name)
	fmt.Printf("%q %v\n", data, err)
	fmt.Println(os.WriteFile(dir+"/w.txt", []byte("abc"), 0644))
	w, _ := os.ReadFile(dir + "/w.txt")
	fmt.Println(string(w))
	fmt.Println(os.Remove(dir+"/w.txt"), os.IsNotExist(os.Remove(dir+"/w.txt")))
	fmt.Println(os.IsExist(os.Mkdir(dir, 0755)))
	fmt.Println(os.MkdirAll(dir+"/a/b/c", 0755))
	fmt.Println(fs.FileMode(0755|fs.ModeDir), fs.FileMode(0644))
	g, _ := os.Open(name)
	buf := make([]byte, 5)
	for {
		n, err := g.Read(buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err != nil {
			break
		}
	}
	pos, err := g.Seek(7, 0)
	fmt.Println(pos, err)
	n, err = g.Read(buf)
	fmt.Println(n, string(buf[:n]), err)
	g.Close()
	_, err = g.Read(buf)
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "DIR"))
	var nf *os.File
	fmt.Println(nf.Close())
	os.Stdout.WriteString("direct to stdout\n")
	fmt.Fprintln(os.Stderr, "to stderr")
}
