package main

import "fmt"

func sumTo(n int) int {
	i, s := 0, 0
loop:
	if i > n {
		goto done
	}
	s += i
	i++
	goto loop
done:
	return s
}

func find(xs [5]int, want int) int {
	for i, x := range xs {
		if x == want {
			goto found
		}
		_ = i
	}
	return -1
found:
	return want * 100
}

func main() {
	fmt.Println(sumTo(10), sumTo(0))
	fmt.Println(find([5]int{1, 2, 3, 4, 5}, 4), find([5]int{1, 2, 3, 4, 5}, 9))
	k := 0
back:
	k++
	if k < 5 {
		goto back
	}
	fmt.Println("k", k)
}
