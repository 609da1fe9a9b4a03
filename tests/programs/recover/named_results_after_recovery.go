// After a recovery the frame that deferred the recovering function returns normally with its
// named results as they were when the panic happened and as the deferred functions left them;
// unnamed results are zero.
package main

import (
	"errors"
	"fmt"
)

func divide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("divide %d/%d: %v", a, b, r)
		}
	}()
	q = -7 // kept: the panic happens before the return assigns q
	return a / b, nil
}

func partial() (x int, s string, done bool) {
	x = 5
	defer func() {
		recover()
		s = "set by defer"
	}()
	defer func() { x *= 10 }()
	panic("p")
}

func unnamed() (int, string) {
	defer func() { recover() }()
	panic("unnamed")
}

func laterDefersSeeRecovery() (n int) {
	defer func() { n += 100 }() // runs after the recovering defer
	defer func() {
		if recover() != nil {
			n = 1
		}
	}()
	n = 2
	panic(errors.New("e"))
}

func main() {
	fmt.Println(divide(9, 3))
	fmt.Println(divide(9, 0))
	fmt.Println(partial())
	fmt.Println(unnamed())
	fmt.Println(laterDefersSeeRecovery())
}
