// A function with defers called 10000 times: defer records must be reused/freed correctly.
package main

import "fmt"

var total int
var order int

func add(x int) { total += x }

func step(i int) (r int) {
	defer add(i)
	defer func() { r = order*2 + 1; order++ }()
	if i%2 == 0 {
		return i
	}
	defer add(-1)
	return -i
}

func loopy(i int) {
	for j := 0; j < 3; j++ {
		defer add(j)
	}
}

func main() {
	sum := 0
	for i := 0; i < 10000; i++ {
		sum += step(i)
		loopy(i)
	}
	fmt.Println(sum, total, order)
}
