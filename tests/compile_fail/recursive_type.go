package main

type S struct { // ERROR "invalid recursive type S"
	s S
}

type A struct { // ERROR "invalid recursive type A"
	b B
}

type B struct {
	a A
}

type Arr [2]Arr // ERROR "invalid recursive type Arr"

type Self Self // ERROR "invalid recursive type Self"

// Through pointers, slices, maps and funcs a type may refer to itself.
type Node struct {
	next  *Node
	kids  []Node
	index map[string]Node
	visit func(Node) Node
}

func main() {
	type Local struct { // ERROR "invalid recursive type Local"
		l Local
	}
	var n Node
	_ = n
}
