// Operations needing a core type on a type parameter without one (range over ~string | ~[]byte, make of ~[]int | ~[]string).
package main

func Count[T ~string | ~[]byte](s T) int {
	n := 0
	for range s { // ERROR "T has no core type"
		n++
	}
	return n
}

func Make[T ~[]int | ~[]string]() T {
	return make(T, 0) // ERROR "cannot make T: no core type"
}

func main() {
	_ = Count("abc")
}
