// defer f()(): f runs at the defer statement, the function it returns runs at exit.
package main

import "fmt"

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("leave", name) }
}

func adder(base int) func(int) {
	fmt.Println("adder evaluated with", base)
	return func(x int) { fmt.Println("deferred sum", base+x) }
}

func work() {
	defer trace("work")()
	defer adder(10)(5)
	fmt.Println("in work")
}

func main() {
	defer trace("main")()
	work()
	fmt.Println("back in main")
}
