// Copying a used strings.Builder and writing to the copy panics (uncaught: exit status 2),
// after the deferred calls run; a *strconv.NumError panic value prints its Error text.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func parse(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(err)
	}
	return n
}

func main() {
	defer func() {
		r := recover()
		fmt.Printf("recovered %T: %v\n", r, r)
		var b strings.Builder
		b.WriteString("used")
		c := b
		defer fmt.Println("deferred before the copy check:", c.String())
		c.WriteByte('!')
		fmt.Println("not reached")
	}()
	fmt.Println(parse("12"))
	fmt.Println(parse("1x"))
}
