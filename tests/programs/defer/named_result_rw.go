package main

import (
	"errors"
	"fmt"
)

func double(x int) (r int) {
	defer func() {
		fmt.Println("deferred reads r =", r)
		r *= 2
	}()
	return x + 1
}

func bare() (n int, s string) {
	defer func() {
		n += 100
		s += "!"
	}()
	n = 1
	s = "bare"
	return
}

func shadowed(x int) (r int) {
	defer func() { r = r * 10 }()
	{
		r := 5 // shadows the result; `return r` would not compile here, so assign outer
		_ = r
	}
	return x
}

func withErr(fail bool) (v int, err error) {
	defer func() {
		if err != nil {
			v = -1
			err = fmt.Errorf("wrapped: %v", err)
		}
	}()
	if fail {
		return 42, errors.New("boom")
	}
	return 42, nil
}

func overwrite() (s string) {
	defer func() { s = "from defer" }()
	return "from return"
}

func argDoesNotSeeReturn() (r int) {
	defer fmt.Println("deferred argument r =", r)
	r = 7
	return 8
}

func main() {
	fmt.Println(double(3))
	fmt.Println(bare())
	fmt.Println(shadowed(4))
	fmt.Println(withErr(false))
	fmt.Println(withErr(true))
	fmt.Println(overwrite())
	fmt.Println(argDoesNotSeeReturn())
}
