// append grows capacity exactly as Go 1.19 does (cap() is observable).
package main

import "fmt"

func main() {
	s := []int{}
	c := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != c {
			c = cap(s)
			fmt.Print(c, " ")
		}
	}
	fmt.Println()
	var b []byte
	b = append(b, 'a')
	fmt.Println(cap(b), cap(append([]int{1, 2, 3}, 4, 5, 6, 7)))
}
