// `return g()` where g has its own defers: g's defers run before f's, f's see g's result.
package main

import "fmt"

func g() (r int) {
	defer func() { fmt.Println("g defer, r =", r); r++ }()
	fmt.Println("g body")
	return 10
}

func f() (r int) {
	defer func() { fmt.Println("f defer, r =", r); r *= 3 }()
	return g()
}

func pair() (int, string) {
	defer fmt.Println("pair defer")
	return 1, "one"
}

func usePair() (n int, s string) {
	defer func() { s = s + "+" }()
	return pair()
}

func main() {
	fmt.Println(f())
	fmt.Println(usePair())
}
