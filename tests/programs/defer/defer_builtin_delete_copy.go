package main

import "fmt"

func cleanup(m map[string]int, k string) {
	defer delete(m, k)
	fmt.Println("during:", len(m), m[k])
	k = "other"
}

func copies() (out []int) {
	out = make([]int, 3)
	src := []int{7, 8, 9}
	defer copy(out, src)
	src = []int{1, 1, 1}
	return
}

func loop(m map[int]bool) {
	for i := 0; i < 3; i++ {
		defer delete(m, i)
	}
	fmt.Println("loop during:", len(m))
}

func bytes() []byte {
	b := make([]byte, 5)
	defer copy(b, "hello world")
	return b
}

func main() {
	m := map[string]int{"a": 1, "b": 2}
	cleanup(m, "a")
	fmt.Println(m)
	fmt.Println(copies())
	n := map[int]bool{0: true, 1: true, 2: true, 3: true}
	loop(n)
	fmt.Println(n)
	fmt.Println(string(bytes()))
	var nm map[string]int
	cleanup(nm, "x")
	im := map[any]int{1: 1}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		defer delete(im, []int{})
		fmt.Println("deferred delete with a bad key")
	}()
}
