package main

import "fmt"

// Types that refer to themselves (and each other) through pointers, slices, maps and funcs.

type Node struct {
	val  int
	next *Node
}

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree) Walk(visit func(int)) {
	if t == nil {
		return
	}
	t.Left.Walk(visit)
	visit(t.Val)
	t.Right.Walk(visit)
}

// Mutually recursive through a pointer, declared in either order.
type Dept struct {
	Name string
	Boss *Emp
}

type Emp struct {
	Name string
	Dept Dept
}

type Graph struct {
	Name  string
	Edges []Graph
	Index map[string]*Graph
	Visit func(*Graph) int
}

func main() {
	var head *Node
	for i := 1; i <= 4; i++ {
		head = &Node{i, head}
	}
	for n := head; n != nil; n = n.next {
		fmt.Print(n.val, " ")
	}
	fmt.Println()

	var root *Tree
	for _, v := range []int{5, 2, 8, 1, 9, 3} {
		root = root.Insert(v)
	}
	root.Walk(func(v int) { fmt.Print(v, " ") })
	fmt.Println()

	boss := &Emp{Name: "ann"}
	boss.Dept = Dept{"eng", boss}
	fmt.Println(boss.Dept.Boss.Dept.Boss.Name, boss.Dept.Name)

	g := Graph{Name: "a", Edges: []Graph{{Name: "b"}, {Name: "c"}}}
	g.Index = map[string]*Graph{"self": &g}
	g.Visit = func(x *Graph) int { return len(x.Edges) }
	fmt.Println(g.Index["self"].Edges[1].Name, g.Visit(&g))

	// A recursive type declared inside a function.
	type List struct {
		v    string
		rest *List
	}
	l := &List{"x", &List{"y", nil}}
	fmt.Println(l.v, l.rest.v, l.rest.rest == nil)
}
