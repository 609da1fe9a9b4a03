package main

import "fmt"

func index(i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	var a [3]int
	return a[i], nil
}

func div(a, b int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return a / b, nil
}

func deref(p *int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return *p, nil
}

func main() {
	fmt.Println(index(1))
	fmt.Println(index(5))
	fmt.Println(div(1, 0))
	fmt.Println(deref(nil))
	var a [2]int
	i := 2
	a[i] = 1
}
