// Index out of range on arrays (variable index, negative index, through a pointer, nested
// arrays, assignment) and strings: recoverable runtime errors with Go's text.
package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Println(name+":", r)
		fmt.Printf("  %v | %T\n", r, r)
	}()
	f()
}

func main() {
	var a [3]int
	var grid [2][4]int
	p := &a
	s := "héllo"
	i, j, neg := 3, 7, -1
	big := 1 << 40
	try("array read", func() { fmt.Println(a[i]) })
	try("array write", func() { a[i+2] = 1 })
	try("negative", func() { fmt.Println(a[neg]) })
	try("huge", func() { fmt.Println(a[big]) })
	try("pointer to array", func() { p[i] = 4 })
	try("nested outer", func() { grid[i][0] = 1 })
	try("nested inner", func() { grid[1][j] = 1 })
	try("string", func() { fmt.Println(s[j-1], s[j]) })
	try("empty string", func() { e := ""; fmt.Println(e[0*i]) })
	try("in range", func() { fmt.Println(a[i-1], s[i-2]) })
}
