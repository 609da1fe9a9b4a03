package main

// The seed's open / Stat / Close example, without and with defer, on a real file and on a
// missing one.

import (
	"fmt"
	"os"
)

func sizeWithoutDefer(file string) int64 {
	f, err := os.Open(file)
	if err != nil {
		return 0
	}

	info, err := f.Stat()
	if err != nil {
		f.Close()
		return 0
	}

	f.Close()
	return info.Size()
}

func sizeWithDefer(file string) int64 {
	f, err := os.Open(file)
	if err != nil {
		return 0
	}

	defer f.Close()

	info, err := f.Stat()

	if err != nil {
		return 0
	}

	return info.Size()
}

func main() {
	dir, err := os.MkdirTemp("", "stat")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	name := dir + "/f.txt"
	os.WriteFile(name, []byte("twelve bytes"), 0600)
	fmt.Println(sizeWithoutDefer(name), sizeWithDefer(name))
	fmt.Println(sizeWithoutDefer(dir+"/nope"), sizeWithDefer(dir+"/nope"))

	// The other seed's one-liner: os.Open's error ignored, f is nil; Close on a nil *File
	// returns an error rather than panicking.
	f, _ := os.Open("defer.txt")
	defer func() { fmt.Println("close:", f.Close()) }()
	fmt.Println(f == nil)
}
