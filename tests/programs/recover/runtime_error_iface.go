package main

// Runtime errors implement runtime.Error (Error plus the RuntimeError marker); values panicked
// by the program do not.

import (
	"errors"
	"fmt"
	"runtime"
)

func classify(f func()) {
	defer func() {
		r := recover()
		if re, ok := r.(runtime.Error); ok {
			fmt.Println("runtime.Error:", re.Error())
			return
		}
		if e, ok := r.(error); ok {
			fmt.Println("error:", e)
			return
		}
		fmt.Println("other:", r)
	}()
	f()
}

func main() {
	var s []int
	var m map[string]int
	var p *struct{ x int }
	var i any = "str"
	zero := 0
	classify(func() { _ = s[1] })
	classify(func() { m["k"] = 1 })
	classify(func() { _ = p.x })
	classify(func() { _ = i.(int) })
	classify(func() { _ = 1 / zero })
	classify(func() { panic(errors.New("plain error")) })
	classify(func() { panic(42) })
	var re runtime.Error
	fmt.Println(re == nil)
}
