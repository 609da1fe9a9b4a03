package main

// The seed's writeManyFile: defers in a loop keep every file open until the function
// returns; wrapping the body in a function literal closes each file at the end of its
// iteration.

import (
	"fmt"
	"os"
)

type File struct {
	path    string
	content string
}

var open = 0

func track(f *os.File) func() {
	open++
	return func() {
		open--
		f.Close()
	}
}

func writeManyFile(files []File) error {
	for _, file := range files {
		f, err := os.OpenFile(file.path, os.O_RDWR|os.O_CREATE, 0644)
		if err != nil {
			return err
		}
		defer track(f)()

		_, err = f.WriteString(file.content)
		if err != nil {
			return err
		}

		err = f.Sync()
		if err != nil {
			return err
		}
		fmt.Println("open files:", open)
	}

	return nil
}

func writeManyFileClosures(files []File) error {
	for _, file := range files {
		if err := func() error {
			f, err := os.OpenFile(file.path, os.O_RDWR|os.O_CREATE, 0644)
			if err != nil {
				return err
			}
			defer track(f)()

			_, err = f.WriteString(file.content)
			if err != nil {
				return err
			}
			fmt.Println("open files:", open)
			return f.Sync()
		}(); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	dir, err := os.MkdirTemp("", "many")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	var files []File
	for i := 0; i < 3; i++ {
		files = append(files, File{fmt.Sprintf("%s/f%d.txt", dir, i), fmt.Sprint("content ", i)})
	}
	fmt.Println(writeManyFile(files), open)
	fmt.Println(writeManyFileClosures(files), open)
	for _, f := range files {
		b, err := os.ReadFile(f.path)
		fmt.Println(string(b), err)
	}
	fmt.Println(writeManyFile([]File{{dir + "/no/such/dir.txt", "x"}}) != nil)
}
