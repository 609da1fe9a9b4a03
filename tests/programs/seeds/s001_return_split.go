// Article 001: `return t` is "r = t; run defers; return": the closure modifies t, not r, so 5.
package main

import "fmt"

func f() (r int) {
	t := 5
	defer func() {
		t = t + 5
	}()
	return t
}

func main() {
	fmt.Println(f())
}
