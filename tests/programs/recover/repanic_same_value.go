// Re-panicking with the recovered value: the caller's deferred function recovers the same value.
package main

import "fmt"

type MyInt int

func inner() {
	defer func() {
		r := recover()
		fmt.Println("inner recovered:", r)
		panic(r)
	}()
	panic(MyInt(42))
}

func main() {
	defer func() {
		r := recover()
		fmt.Printf("main recovered: %v %T\n", r, r)
		fmt.Println(r == MyInt(42), r == 42)
	}()
	inner()
}
