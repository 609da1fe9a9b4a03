// Recursive generic types: Tree[T] with []*Tree[T] children, mutually referencing generic types, expression tree Expr[T], recursion via generic methods.
package main

import (
	"fmt"
	"strings"
)

type Tree[T any] struct {
	Val      T
	Children []*Tree[T]
}

func Leaf[T any](v T) *Tree[T] { return &Tree[T]{Val: v} }

func Node[T any](v T, kids ...*Tree[T]) *Tree[T] { return &Tree[T]{Val: v, Children: kids} }

func (t *Tree[T]) Size() int {
	n := 1
	for _, c := range t.Children {
		n += c.Size()
	}
	return n
}

func (t *Tree[T]) Depth() int {
	d := 0
	for _, c := range t.Children {
		if cd := c.Depth(); cd > d {
			d = cd
		}
	}
	return d + 1
}

func (t *Tree[T]) Print(indent int) {
	fmt.Printf("%s%v\n", strings.Repeat("  ", indent), t.Val)
	for _, c := range t.Children {
		c.Print(indent + 1)
	}
}

func MapTree[T, U any](t *Tree[T], f func(T) U) *Tree[U] {
	out := &Tree[U]{Val: f(t.Val)}
	for _, c := range t.Children {
		out.Children = append(out.Children, MapTree(c, f))
	}
	return out
}

// Mutually recursive generic types.
type Forest[T any] struct {
	Roots []Rose[T]
}

type Rose[T any] struct {
	Label T
	Sub   *Forest[T]
}

func (f *Forest[T]) Count() int {
	if f == nil {
		return 0
	}
	n := 0
	for _, r := range f.Roots {
		n += 1 + r.Sub.Count()
	}
	return n
}

// Generic expression tree.
type Num interface{ ~int | ~float64 }

type Expr[T Num] struct {
	Op          byte
	Lit         T
	Left, Right *Expr[T]
}

func Lit[T Num](v T) *Expr[T] { return &Expr[T]{Lit: v} }

func Bin[T Num](op byte, l, r *Expr[T]) *Expr[T] { return &Expr[T]{Op: op, Left: l, Right: r} }

func (e *Expr[T]) Eval() T {
	switch e.Op {
	case '+':
		return e.Left.Eval() + e.Right.Eval()
	case '-':
		return e.Left.Eval() - e.Right.Eval()
	case '*':
		return e.Left.Eval() * e.Right.Eval()
	case '/':
		return e.Left.Eval() / e.Right.Eval()
	}
	return e.Lit
}

func (e *Expr[T]) String() string {
	if e.Op == 0 {
		return fmt.Sprint(e.Lit)
	}
	return "(" + e.Left.String() + " " + string(e.Op) + " " + e.Right.String() + ")"
}

func main() {
	t := Node("root", Node("a", Leaf("a1"), Leaf("a2")), Leaf("b"), Node("c", Node("c1", Leaf("c1x"))))
	fmt.Println(t.Size(), t.Depth())
	t.Print(0)
	lens := MapTree(t, func(s string) int { return len(s) })
	lens.Print(1)
	fmt.Println(lens.Size())

	f := &Forest[int]{Roots: []Rose[int]{
		{Label: 1, Sub: &Forest[int]{Roots: []Rose[int]{{Label: 2}, {Label: 3}}}},
		{Label: 4},
	}}
	fmt.Println(f.Count(), f.Roots[0].Sub.Roots[1].Label)

	ie := Bin('*', Bin('+', Lit(2), Lit(3)), Bin('-', Lit(10), Lit(4)))
	fmt.Println(ie, "=", ie.Eval())
	fe := Bin('/', Lit(7.0), Bin('+', Lit(1.5), Lit(0.5)))
	fmt.Println(fe.String(), "=", fe.Eval())
	de := Bin('/', Lit(7), Lit(2))
	fmt.Println(de, "=", de.Eval())
}
