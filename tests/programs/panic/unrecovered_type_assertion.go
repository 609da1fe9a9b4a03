// An unrecovered failed type assertion on a recovered value; the first panic was recovered, so
// only the interface conversion panic is reported (no "[recovered]" line).
package main

import "fmt"

func get() (r interface{}) {
	defer func() { r = recover() }()
	panic("text")
}

func main() {
	r := get()
	fmt.Println("got", r)
	fmt.Println(r.(int) + 1)
}
