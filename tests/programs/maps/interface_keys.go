package main

import "fmt"

type key struct {
	name string
	v    any
}

type S struct{ a, b int }

func main() {
	m := map[any]string{}
	m[1] = "int one"
	m[int64(1)] = "int64 one"
	m["x"] = "string"
	m[S{1, 2}] = "struct"
	m[nil] = "nil"
	m[1.5] = "float"
	m[true] = "bool"
	fmt.Println(len(m), m[1], m[int64(1)], m[S{1, 2}], m[nil], m[2] == "")
	fmt.Println(m)
	v, ok := m["x"]
	fmt.Println(v, ok)
	delete(m, "x")
	_, ok = m["x"]
	fmt.Println(ok, len(m))
	k := map[key]int{{"a", 1}: 1, {"a", "1"}: 2}
	fmt.Println(k[key{"a", 1}], k[key{"a", "1"}], len(k))
	var e error
	me := map[error]int{e: 3}
	fmt.Println(me[nil])
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		m[[]int{1}] = "slice"
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var nm map[any]int
		_ = nm[map[int]int{}]
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		_ = k[key{"b", func() {}}]
	}()
	n := 0
	for kk, vv := range m {
		if kk != nil {
			n += len(vv)
		}
	}
	fmt.Println(n)
}
