// A module with a command and an internal package: `deferc run .` runs it, `deferc test ./...`
// runs the package's tests (examples/module/internal/words/words_test.go).
package main

import (
	"fmt"
	"os"
	"strings"

	"example.com/hello/internal/words"
)

func main() {
	text := "the quick brown fox jumps over the lazy dog the end"
	if len(os.Args) > 1 {
		text = strings.Join(os.Args[1:], " ")
	}
	defer fmt.Println("done")
	for _, wc := range words.Top(text, 3) {
		fmt.Printf("%-6s %d\n", wc.Word, wc.Count)
	}
}
