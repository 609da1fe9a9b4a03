package main

import "fmt"

func add(a, b int) int { return a + b }
func sub(a, b int) int { return a - b }

func apply(op func(int, int) int, a, b int) int { return op(a, b) }

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func pick(name string) func(int, int) int {
	switch name {
	case "add":
		return add
	case "sub":
		return sub
	}
	return nil
}

var ops = [2]func(int, int) int{add, sub}

func main() {
	fmt.Println(apply(add, 3, 4), apply(sub, 3, 4))
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(compose(inc, dbl)(5), compose(dbl, inc)(5))
	fmt.Println(pick("add") != nil, pick("mul") == nil)
	fmt.Println(pick("sub")(10, 3))
	for _, op := range ops {
		fmt.Print(op(8, 2), " ")
	}
	fmt.Println()
	var f func()
	fmt.Println(f == nil)
	f = func() { fmt.Println("f called") }
	f()
	func(msg string) { fmt.Println("immediately", msg) }("invoked")
	fmt.Printf("%T\n", add)
	fmt.Printf("%T\n", compose)
}
