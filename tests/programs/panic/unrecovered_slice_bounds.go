// An unrecovered slice bounds error from a 3-index slice of an array.
package main

import "fmt"

func main() {
	var a [4]int
	lo, hi, max := 1, 3, 2
	fmt.Println(len(a[lo:hi]))
	fmt.Println(cap(a[lo:hi:max]))
}
