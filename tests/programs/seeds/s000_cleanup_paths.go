// Article 000, 1.2 case 1 (os.Open / f.Stat / f.Close), adapted: the file is replaced by an
// integer handle and open/stat/close functions that print, so each return path shows that the
// single deferred close runs exactly once.
package main

import (
	"errors"
	"fmt"
)

var open = 0

func openFile(name string) (int, error) {
	if name == "" {
		return -1, errors.New("open: empty name")
	}
	open++
	fmt.Println("open", name)
	return open, nil
}

func closeFile(h int) {
	open--
	fmt.Println("close", h)
}

func stat(h int, fail bool) (int, error) {
	if fail {
		return 0, fmt.Errorf("stat %d: failed", h)
	}
	return 100 * h, nil
}

func withDefer(name string, failStat bool) int {
	f, err := openFile(name)
	if err != nil {
		fmt.Println(err)
		return 0
	}
	defer closeFile(f)

	info, err := stat(f, failStat)
	if err != nil {
		fmt.Println(err)
		return 0
	}
	fmt.Println("size", info)
	return info
}

func main() {
	fmt.Println(withDefer("", false))
	fmt.Println(withDefer("a.txt", true))
	fmt.Println(withDefer("b.txt", false))
	fmt.Println("still open:", open)
}
