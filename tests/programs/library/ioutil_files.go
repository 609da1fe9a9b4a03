// io/ioutil: ReadAll, ReadFile, WriteFile, ReadDir (sorted, empty, errors), TempDir,
// TempFile, NopCloser and Discard.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"io/ioutil"
	"os"
	"strings"
)

type onlyReader struct{ r io.Reader }

func (o onlyReader) Read(p []byte) (int, error) { return o.r.Read(p) }

type failAfter struct{ n int }

func (f *failAfter) Read(p []byte) (int, error) {
	if f.n == 0 {
		return 0, errors.New("broken")
	}
	f.n--
	p[0] = 'z'
	return 1, nil
}

func main() {
	b, err := ioutil.ReadAll(strings.NewReader("hello, ioutil"))
	fmt.Printf("%q %v\n", b, err)
	b, err = ioutil.ReadAll(strings.NewReader(""))
	fmt.Printf("%q %v %v\n", b, err, b != nil)
	b, err = ioutil.ReadAll(&failAfter{3})
	fmt.Printf("%q %v\n", b, err)
	big := strings.Repeat("0123456789", 1000)
	b, err = ioutil.ReadAll(onlyReader{strings.NewReader(big)})
	fmt.Println(len(b), err, string(b) == big)

	dir, err := ioutil.TempDir("", "deferc-ioutil-*-test")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	base := dir[strings.LastIndex(dir, "/")+1:]
	fmt.Println(strings.HasPrefix(base, "deferc-ioutil-"), strings.HasSuffix(base, "-test"))
	clean := func(err error) string {
		if err == nil {
			return "<nil>"
		}
		return strings.ReplaceAll(err.Error(), dir, "$DIR")
	}

	fmt.Println(ioutil.WriteFile(dir+"/b.txt", []byte("bee\n"), 0644))
	fmt.Println(ioutil.WriteFile(dir+"/a.txt", []byte("first"), 0600))
	fmt.Println(ioutil.WriteFile(dir+"/a.txt", []byte("ay"), 0644))
	fmt.Println(os.Mkdir(dir+"/sub", 0755))
	fmt.Println(ioutil.WriteFile(dir+"/sub/c", nil, 0644))
	fmt.Println(ioutil.WriteFile(dir+"/Z", []byte("upper"), 0644))
	fmt.Println(clean(ioutil.WriteFile(dir+"/missing/x", []byte("x"), 0644)))

	b, err = ioutil.ReadFile(dir + "/a.txt")
	fmt.Printf("%q %v\n", b, err)
	b, err = ioutil.ReadFile(dir + "/nope")
	fmt.Printf("%q %s %v\n", b, clean(err), os.IsNotExist(err))
	_, err = ioutil.ReadFile(dir)
	fmt.Println(clean(err))

	infos, err := ioutil.ReadDir(dir)
	fmt.Println(len(infos), err)
	for _, fi := range infos {
		size := fi.Size()
		if fi.IsDir() {
			size = -1 // a directory's size depends on the file system
		}
		fmt.Println(fi.Name(), size, fi.IsDir(), fi.Mode().IsDir(), fi.Mode().IsRegular(), fi.Mode().Perm())
	}
	infos, err = ioutil.ReadDir(dir + "/sub/")
	fmt.Println(len(infos), err, infos[0].Name())
	os.Remove(dir + "/sub/c")
	infos, err = ioutil.ReadDir(dir + "/sub")
	fmt.Println(len(infos), infos != nil, err)
	infos, err = ioutil.ReadDir(dir + "/a.txt")
	fmt.Println(infos == nil, clean(err))
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe) && pe.Op == "readdirent")
	infos, err = ioutil.ReadDir(dir + "/none")
	fmt.Println(infos == nil, clean(err), os.IsNotExist(err))

	f, err := ioutil.TempFile(dir, "tmp.*.log")
	fmt.Println(err)
	name := f.Name()[len(dir)+1:]
	fmt.Println(strings.HasPrefix(name, "tmp."), strings.HasSuffix(name, ".log"), len(name) > len("tmp..log"))
	f.WriteString("temp data")
	f.Close()
	b, _ = ioutil.ReadFile(f.Name())
	fmt.Println(string(b))
	f2, err := ioutil.TempFile(dir, "plain")
	fmt.Println(err, strings.HasPrefix(f2.Name(), dir+"/plain"), f2.Name() != f.Name())
	f2.Close()
	_, err = ioutil.TempFile(dir+"/none", "x")
	fmt.Println(err != nil, os.IsNotExist(err))
	_, err = ioutil.TempDir(dir, "a/b")
	fmt.Println(clean(err))
	d2, err := ioutil.TempDir(dir, "")
	fmt.Println(err, strings.HasPrefix(d2, dir+"/"))
	infos, _ = ioutil.ReadDir(dir)
	fmt.Println(len(infos))

	rc := ioutil.NopCloser(strings.NewReader("nop"))
	fmt.Printf("%T %v\n", rc, rc.Close())
	b, _ = ioutil.ReadAll(rc)
	fmt.Println(string(b))
	rc = ioutil.NopCloser(onlyReader{strings.NewReader("x")})
	fmt.Printf("%T %v\n", rc, rc.Close())
	_, isWT := rc.(io.WriterTo)
	fmt.Println(isWT)
	var sb strings.Builder
	n, err := io.Copy(&sb, ioutil.NopCloser(strings.NewReader("copied")))
	fmt.Println(n, err, sb.String())

	n2, err := ioutil.Discard.Write([]byte("gone"))
	fmt.Println(n2, err, ioutil.Discard == io.Discard)
	n, err = io.Copy(ioutil.Discard, strings.NewReader(big))
	fmt.Println(n, err)
	fmt.Fprintf(ioutil.Discard, "%d", 5)
}
