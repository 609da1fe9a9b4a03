package main

// The seed's withoutDefers / withDefers, run on real files: the file is opened read-only, so
// the writes fail exactly as under Go, and both versions close the file on every path.

import (
	"fmt"
	"os"
	"strings"
)

func withoutDefers(filepath string, head, body []byte) error {
	f, err := os.Open(filepath)
	if err != nil {
		return err
	}

	_, err = f.Seek(16, 0)
	if err != nil {
		f.Close()
		return err
	}

	_, err = f.Write(head)
	if err != nil {
		f.Close()
		return err
	}

	_, err = f.Write(body)
	if err != nil {
		f.Close()
		return err
	}

	err = f.Sync()
	f.Close()
	return err
}

func withDefers(filepath string, head, body []byte) error {
	f, err := os.Open(filepath)
	if err != nil {
		return err
	}
	defer f.Close()

	_, err = f.Seek(16, 0)
	if err != nil {
		return err
	}

	_, err = f.Write(head)
	if err != nil {
		return err
	}

	_, err = f.Write(body)
	if err != nil {
		return err
	}

	return f.Sync()
}

// writable is withDefers on a file opened for writing.
func writable(filepath string, head, body []byte) error {
	f, err := os.OpenFile(filepath, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	defer f.Close()
	if _, err = f.Seek(16, 0); err != nil {
		return err
	}
	if _, err = f.Write(head); err != nil {
		return err
	}
	if _, err = f.Write(body); err != nil {
		return err
	}
	return f.Sync()
}

func main() {
	dir, err := os.MkdirTemp("", "seed")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	show := func(err error) {
		if err == nil {
			fmt.Println("ok")
			return
		}
		fmt.Println(strings.ReplaceAll(err.Error(), dir, "DIR"))
	}
	path := dir + "/data.bin"
	if err := os.WriteFile(path, []byte("0123456789abcdef................"), 0644); err != nil {
		panic(err)
	}
	show(withoutDefers(path, []byte("HEAD"), []byte("BODY")))
	show(withDefers(path, []byte("HEAD"), []byte("BODY")))
	show(withDefers(dir+"/missing.bin", nil, nil))
	show(writable(path, []byte("HEAD"), []byte("BODY")))
	b, err := os.ReadFile(path)
	fmt.Printf("%s %v\n", b, err)
}
