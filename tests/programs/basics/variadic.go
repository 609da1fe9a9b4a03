package main

import "fmt"

func count(prefix string, xs ...int) int {
	fmt.Print(prefix, " len=", len(xs), ":")
	for _, x := range xs {
		fmt.Print(" ", x)
	}
	fmt.Println()
	return len(xs)
}

func describe(xs ...string) string {
	if len(xs) == 0 {
		return "nothing"
	}
	r := xs[0]
	for i := 1; i < len(xs); i++ {
		r += "," + xs[i]
	}
	return r
}

func forward(xs ...int) int { return count("forward", xs...) }

func main() {
	count("none")
	count("one", 1)
	count("three", 1, 2, 3)
	fmt.Println(describe(), describe("a"), describe("a", "b", "c"))
	fmt.Println(forward(4, 5))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, true))
}
