// Arguments come from the `// args:` directive; os.Args[0] is left out (it is a path).
// args: one two  three -x=4
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Println(len(os.Args)-1, strings.Join(os.Args[1:], "|"))
	for i, a := range os.Args[1:] {
		if strings.HasPrefix(a, "-") {
			k, v, ok := strings.Cut(a[1:], "=")
			fmt.Println(i, "flag", k, v, ok)
		}
	}
}
