// Article 002, 3.1 (the Go blog's rule 1): prints 0, the value of i at the defer statement.
package main

import "fmt"

func a() {
	i := 0
	defer fmt.Println(i)
	i++
	return
}

func main() {
	a()
}
