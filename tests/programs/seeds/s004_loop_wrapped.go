// Article 004 (go101) writeManyFile, adapted: files are names in an array and open/close print.
// Deferring in the loop body holds every "file" open until the function returns; wrapping the
// body in a function literal closes each one at the end of its iteration.
package main

import "fmt"

var names = [3]string{"a.txt", "b.txt", "c.txt"}
var openCount = 0

func open(name string) string {
	openCount++
	fmt.Println("open", name, "open now:", openCount)
	return name
}

func closeFile(name string) {
	openCount--
	fmt.Println("close", name, "open now:", openCount)
}

func writeManyFiles() error {
	for _, name := range names {
		f := open(name)
		defer closeFile(f)
		fmt.Println("write", f)
	}
	fmt.Println("loop done, open:", openCount)
	return nil
}

func writeManyFilesWrapped() error {
	for _, name := range names {
		if err := func() error {
			f := open(name)
			defer closeFile(f)
			fmt.Println("write", f)
			return nil
		}(); err != nil {
			return err
		}
	}
	fmt.Println("loop done, open:", openCount)
	return nil
}

func main() {
	fmt.Println(writeManyFiles())
	fmt.Println("---")
	fmt.Println(writeManyFilesWrapped())
}
