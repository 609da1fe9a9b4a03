package main

import "fmt"

// Tuple assignments to promoted fields: Go checks the last indirection of each left side when
// that assignment is carried out (so earlier ones happen), but a pointer that must be loaded
// through to reach the field is checked while the operands are evaluated.

type In struct{ X int }

type Mid struct{ *In }

type Leaf struct{ Z int }

type Out struct {
	Mid
	*In2
}

type In2 struct {
	*Leaf
	Y int
}

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover() != nil) }()
	f()
}

func main() {
	m := map[int]int{}
	var o Out
	try("last indirection", func() { m[1], o.X = 1, 2 })
	fmt.Println(len(m))
	var po *Out
	try("nil outer, value path", func() { m[2], po.Mid = 2, Mid{} })
	fmt.Println(len(m))
	try("nil outer, loaded through", func() { m[3], po.X = 3, 4 })
	fmt.Println(len(m))
	try("one pointer", func() { m[4], o.Y = 4, 5 })
	fmt.Println(len(m))
	try("two pointers", func() { m[5], o.Z = 5, 6 })
	fmt.Println(len(m))
	o.In2 = &In2{}
	try("second level", func() { m[6], o.Z = 6, 7 })
	fmt.Println(len(m))
	o.Mid.In = &In{}
	m[7], o.X = 7, 8
	fmt.Println(len(m), o.X, o.Mid.X)
}
