// A non-constant shift of an untyped constant takes the type the constant would have alone:
// passed as `any` (fmt's arguments, an interface variable) a rune constant is an int32 and
// wraps at 32 bits, an integer constant is an int.
package main

import "fmt"

func counts(r int) (uint8, uint) {
	return uint8((r%33 + 33) % 33), uint(r & 7)
}

func main() {
	v, w := counts(-4)
	fmt.Println('0'<<v, '0'>>v, 1<<v, 'a'<<w)
	fmt.Printf("%T %T %T %v\n", '0'<<v, 1<<v, 'x'>>w, '0'<<v)
	var i interface{} = '0' << v
	var j any = 3 << w
	fmt.Printf("%T %v %T %v\n", i, i, j, j)
	var r rune = '0' << v
	var k int64 = '0' << v
	fmt.Println(r, k, '0'<<v == 0, 'A'<<w+1)
	// Compared with another untyped operand, both sides take the larger kind's default type.
	fmt.Println(1<<w == 'a'<<w, 'a'<<w > 1<<v, 2 != '0'<<v, 'b'<<w <= 'b')
	println('0'<<v, 1<<v)
}
