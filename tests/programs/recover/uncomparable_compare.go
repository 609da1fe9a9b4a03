// Comparing interfaces that hold slices, maps or funcs panics at run time; a difference found
// earlier in a struct or array decides without panicking; pointers inside structs compare by
// value (Go's test/fixedbugs/issue8606.go shapes).
package main

import "fmt"

type pair struct {
	p *int
	q interface{}
}

func try(name string, f func() bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panics:", r)
		}
	}()
	fmt.Println(name, f())
}

func main() {
	x, y := 1, 1
	b := []byte{1}
	var e1, e2 interface{} = b, b
	try("slices", func() bool { return e1 == e2 })
	m := map[int]int{}
	var m1, m2 interface{} = m, m
	try("maps", func() bool { return m1 == m2 })
	try("struct ptr equal", func() bool { return pair{&x, 1} == pair{&x, 1} })
	try("struct ptr differ", func() bool { return pair{&x, 1} == pair{&y, 1} })
	try("early difference", func() bool { return [2]interface{}{1, b} == [2]interface{}{2, b} })
	try("late slice", func() bool { return [2]interface{}{b, 1} == [2]interface{}{b, 2} })
	try("different types", func() bool { return pair{&x, b} == pair{&x, "s"} })
	try("same slice field", func() bool { return pair{&x, b} == pair{&x, b} })
}
