// An unrecovered negative shift amount.
package main

import "fmt"

func main() {
	s := 2
	for i := 0; i < 4; i++ {
		fmt.Println(1 << s)
		s--
	}
}
