// A panic in each of 1000 iterations, each recovered: nothing leaks or breaks (defers still run
// in order, recover still works, named results are still set) on the last iteration.
package main

import "fmt"

var deferred int

func step(i int) (out int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("step %d: %v", i, r)
			out = -i
		}
	}()
	defer func() { deferred++ }()
	if i%3 == 0 {
		var a [3]int
		return a[i%7], nil // index out of range when i%7 >= 3
	}
	if i%3 == 1 {
		panic(i)
	}
	return i, nil
}

func main() {
	sum, errs := 0, 0
	var lastErr error
	for i := 0; i < 1000; i++ {
		out, err := step(i)
		sum += out
		if err != nil {
			errs++
			lastErr = err
		}
	}
	fmt.Println("sum:", sum, "errors:", errs, "defers:", deferred)
	fmt.Println("last error:", lastErr)
	fmt.Println(recover())
}
