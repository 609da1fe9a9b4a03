// A deferred closure can read and change named results after the return statement set them.
package main

import (
	"errors"
	"fmt"
)

func triple(n int) (r int) {
	defer func() {
		r += n
	}()
	return n + n
}

func parse(s string) (n int, err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("parse %q: %v", s, err)
			n = -1
		}
	}()
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, errors.New("not a digit")
		}
		n = n*10 + int(c-'0')
	}
	return n, nil
}

func main() {
	fmt.Println(triple(5))
	fmt.Println(parse("123"))
	fmt.Println(parse("12a"))
}
