// The line a deferred call run at a function's exit is called from: the return statement
// that left (each return its own), or the closing brace when the body ends without one; for
// open-coded defers and for defers in loops (an early return from inside the loop runs the
// defers of earlier iterations).
package main

import (
	"fmt"
	"path/filepath"
	"runtime"
)

func at(tag string) {
	_, file, line, _ := runtime.Caller(1)
	fmt.Println(tag, filepath.Base(file), line)
}

func openCoded(n int) int {
	defer at("open")
	if n == 0 {
		return 0
	}
	if n == 1 {
		return 1
	}
	fmt.Println("falls off")
	return 2
}

func fallOff(n int) {
	defer at("falloff")
	if n == 0 {
		return
	}
	fmt.Println("to the brace")
}

func loop(n int) (err error) {
	defer func() { at("loop done") }()
	for i := 0; i < 3; i++ {
		if i == n {
			return fmt.Errorf("stop %d", i)
		}
		defer at(fmt.Sprint("loop ", i))
	}
	return nil
}

func named() (r int) {
	defer func() {
		at("named")
		r++
	}()
	r = 1
	if r > 0 {
		return
	}
	return 5
}

func main() {
	for n := 0; n < 3; n++ {
		fmt.Println(openCoded(n))
	}
	fallOff(0)
	fallOff(1)
	fmt.Println(loop(1))
	fmt.Println(loop(5))
	fmt.Println(named())
}
