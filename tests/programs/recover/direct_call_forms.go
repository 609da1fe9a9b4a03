// Which deferred calls count as "called directly by a deferred function": a named function, a
// closure, a func value, a variadic function and a function with arguments all recover; a closure
// called by the deferred closure does not.
package main

import "fmt"

func named() {
	fmt.Println("named:", recover())
}

func withArgs(tag string, n int) {
	fmt.Println("withArgs", tag, n, ":", recover())
}

func variadic(tag string, xs ...int) {
	fmt.Println("variadic", tag, len(xs), ":", recover())
}

func try(name string, body func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("  ", name, "did not recover; try caught", r)
		}
	}()
	body()
	fmt.Println("  ", name, "recovered the panic")
}

func main() {
	try("named", func() {
		defer named()
		panic(1)
	})
	try("closure", func() {
		defer func() { fmt.Println("closure:", recover()) }()
		panic(2)
	})
	try("func value", func() {
		fv := func() { fmt.Println("func value:", recover()) }
		defer fv()
		panic(3)
	})
	try("with args", func() {
		defer withArgs("a", 4)
		panic(4)
	})
	try("variadic", func() {
		defer variadic("v", 1, 2, 3)
		panic(5)
	})
	try("nested closure", func() {
		defer func() {
			func() { fmt.Println("nested closure:", recover()) }()
		}()
		panic(6)
	})
	try("defer f()()", func() {
		mk := func() func() {
			fmt.Println("mk runs at the defer statement:", recover())
			return func() { fmt.Println("returned func:", recover()) }
		}
		defer mk()()
		panic(7)
	})
}
