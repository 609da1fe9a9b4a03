// Nil pointer dereferences (read, write, through a nil *array, calling a nil func value, a
// deferred nil func value) are recoverable runtime errors.
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
	var p *int
	var pa *[3]int
	var fn func(int) int
	var pp **int
	try("read", func() { fmt.Println(*p) })
	try("write", func() { *p = 1 })
	try("nil array pointer", func() { pa[1] = 2 })
	try("nil func call", func() { fmt.Println(fn(1)) })
	try("pointer to nil pointer", func() { x := new(*int); pp = x; fmt.Println(**pp) })
	try("deferred nil func", func() {
		var g func()
		defer g()
		fmt.Println("  body of the function with the deferred nil func ran")
	})
	try("len of nil array pointer is fine", func() { fmt.Println(len(pa)) })
}
