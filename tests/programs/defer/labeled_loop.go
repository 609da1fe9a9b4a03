// Defers inside labeled loops with break/continue/goto all wait for the function to return.
package main

import "fmt"

func labeled() {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			defer fmt.Println("deferred", i, j)
		}
	}
	fmt.Println("labeled done")
}

func withGoto() {
	i := 0
again:
	defer fmt.Println("goto defer", i)
	i++
	if i < 3 {
		goto again
	}
	fmt.Println("goto done")
}

func main() {
	labeled()
	withGoto()
}
