package main

import "fmt"

// A built-in's only argument may be a call returning several values, which become its
// arguments: print(f()), println(f()), copy(f()), delete(f()), append(f()), also deferred.

type Ints []int

func three() (int16, float64, string) { return -42, 42.0, "x" }

func slices(a []byte) ([]byte, []byte) { return a, []byte("abc") }

func byteString(a []byte) ([]byte, string) { return a, "xyz!" }

func mapKey(m map[string]int, k string) (map[string]int, string) { return m, k }

func appendArgs() (Ints, int, int) { return Ints{1}, 2, 3 }

func ifaceArgs() ([]any, int, string) { return nil, 7, "s" }

var calls int

func counted() (map[int]bool, int) {
	calls++
	return map[int]bool{1: true, 2: true}, 1
}

func deferred(m map[string]int) {
	defer fmt.Println("after deletes:", len(m))
	defer delete(mapKey(m, "b"))
	defer println(three())
	defer print(three())
	buf := make([]byte, 2)
	defer func() { fmt.Println("copied:", string(buf)) }()
	defer copy(byteString(buf))
	for i := 0; i < 2; i++ {
		defer println(three())
	}
	println("deferred body")
}

func main() {
	print(three())
	println()
	println(three())
	println((three()))

	a := []byte{1, 2, 3}
	n := copy(slices(a))
	fmt.Println(n, a)
	b := make([]byte, 2)
	fmt.Println(copy(byteString(b)), string(b))

	m := map[string]int{"a": 1, "b": 2, "c": 3}
	delete(mapKey(m, "a"))
	fmt.Println(len(m), m)

	s := append(appendArgs())
	fmt.Printf("%T %v\n", s, s)
	fmt.Println(append(ifaceArgs()))
	fmt.Println(len(append(appendArgs())), cap(append(appendArgs())) >= 3)

	cm, _ := counted()
	delete(counted())
	fmt.Println(calls, len(cm))

	deferred(m)
}
