// A non-constant shift of an untyped constant takes its type from the rest of the expression.
package main

import "fmt"

func main() {
	var s uint = 3
	var v uint64 = 1
	x := 1 << s
	var y int8 = 1 << s
	fmt.Println(v|1<<s, x, y, 1<<s == 8)
	fmt.Printf("%T %T\n", x, v|1<<s)
}
