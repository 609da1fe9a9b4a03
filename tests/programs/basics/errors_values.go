package main

import (
	"errors"
	"fmt"
)

func check(n int) error {
	if n < 0 {
		return fmt.Errorf("negative value %d (%s)", n, "bad")
	}
	if n == 0 {
		return errors.New("zero")
	}
	return nil
}

func parse(s string) (int, error) {
	if s == "" {
		return 0, errors.New("empty input")
	}
	n := 0
	for i, c := range s {
		if c < '0' || c > '9' {
			return 0, fmt.Errorf("bad digit %q at %d", c, i)
		}
		n = n*10 + int(c-'0')
	}
	return n, nil
}

func main() {
	for _, n := range [3]int{-4, 0, 7} {
		err := check(n)
		fmt.Println(n, err, err == nil, err != nil)
	}
	e1 := errors.New("same")
	e2 := errors.New("same")
	fmt.Println(e1 == e2, e1 == e1, e1.Error() == e2.Error())
	for _, s := range [3]string{"123", "", "12x"} {
		v, err := parse(s)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println("value:", v)
	}
	err := fmt.Errorf("wrapped: %v", errors.New("inner"))
	fmt.Println(err)
	fmt.Printf("%v|%s|%q\n", err, err, err)
	var none error
	fmt.Println(none, none == nil)
	fmt.Println(fmt.Sprint(errors.New("x")), fmt.Sprintf("%v", check(0)))
}
