// Generic types implementing ordinary interfaces: Stack[int] in an interface, type assertions/switches to *Stack[int] vs *Stack[string], fmt.Stringer and error.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Container interface {
	Len() int
	Name() string
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T)     { s.items = append(s.items, v) }
func (s *Stack[T]) Len() int     { return len(s.items) }
func (s *Stack[T]) Name() string { return fmt.Sprintf("stack of %d", len(s.items)) }

type Bag[T comparable] map[T]int

func (b Bag[T]) Len() int {
	n := 0
	for _, c := range b {
		n += c
	}
	return n
}
func (b Bag[T]) Name() string { return "bag" }

type List[T any] []T

func (l List[T]) String() string {
	parts := make([]string, len(l))
	for i, x := range l {
		parts[i] = fmt.Sprint(x)
	}
	return "List<" + strings.Join(parts, ";") + ">"
}

type NotFound[K comparable] struct{ Key K }

func (e NotFound[K]) Error() string { return fmt.Sprintf("key %v not found", e.Key) }

func Lookup[K comparable, V any](m map[K]V, k K) (V, error) {
	if v, ok := m[k]; ok {
		return v, nil
	}
	var zero V
	return zero, NotFound[K]{k}
}

func Describe(c Container) string {
	switch x := c.(type) {
	case *Stack[int]:
		return "int stack, top=" + fmt.Sprint(x.items[len(x.items)-1])
	case *Stack[string]:
		return "string stack, top=" + x.items[len(x.items)-1]
	case Bag[string]:
		return fmt.Sprintf("string bag with %d kinds", len(x))
	default:
		return "other " + c.Name()
	}
}

func main() {
	si := &Stack[int]{}
	si.Push(1)
	si.Push(2)
	ss := &Stack[string]{}
	ss.Push("x")
	sf := &Stack[float64]{}
	sf.Push(1.5)

	var c Container = si
	fmt.Println(c.Len(), c.Name())
	if s, ok := c.(*Stack[int]); ok {
		s.Push(3)
		fmt.Println("asserted", s.items)
	}
	_, ok := c.(*Stack[string])
	fmt.Println("is *Stack[string]:", ok)

	cs := []Container{si, ss, sf, Bag[string]{"a": 2, "b": 1}, Bag[int]{1: 5}}
	for _, x := range cs {
		fmt.Println(Describe(x), "|", x.Len())
	}

	var st fmt.Stringer = List[int]{1, 2, 3}
	fmt.Println(st.String())
	fmt.Println(List[string]{"a", "b"}, List[bool]{})
	fmt.Printf("%v %s\n", List[float64]{0.5}, List[int]{7})

	var any1 interface{} = List[int]{}
	_, isStr := any1.(fmt.Stringer)
	_, isCont := any1.(Container)
	fmt.Println(isStr, isCont)

	_, err := Lookup(map[string]int{"a": 1}, "z")
	fmt.Println(err)
	var nf NotFound[string]
	asOK := errors.As(err, &nf)
	fmt.Println(asOK, nf.Key)
	var nfi NotFound[int]
	fmt.Println(errors.As(err, &nfi))
	v, err := Lookup(map[int]string{3: "three"}, 3)
	fmt.Println(v, err)
	wrapped := fmt.Errorf("wrap: %w", NotFound[int]{42})
	fmt.Println(wrapped, errors.Is(wrapped, NotFound[int]{42}), errors.Is(wrapped, NotFound[int]{41}))
}
