// A runtime error recovered and raised again from the deferred call: `[recovered]`, and the
// frames of the index expression below the runtime's panic frame.
// traceback
package main

//go:noinline
func idx(s []int, i int) int {
	return s[i]
}

func main() {
	defer func() {
		r := recover()
		println("recovered", r.(error).Error())
		panic(r)
	}()
	idx([]int{1, 2}, 5)
}
