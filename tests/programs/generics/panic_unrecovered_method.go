// Unrecovered custom error panic from a pointer method of a generic type (Stack[string].Pop on empty stack) after deferred calls in generic code run.
package main

import (
	"errors"
	"fmt"
)

var ErrEmpty = errors.New("stack is empty")

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() T {
	if len(s.items) == 0 {
		panic(ErrEmpty)
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func Drain[T any](s *Stack[T], n int) []T {
	var out []T
	defer func() { fmt.Println("drained", len(out)) }()
	for i := 0; i < n; i++ {
		out = append(out, s.Pop())
	}
	return out
}

func main() {
	s := &Stack[string]{}
	s.Push("a")
	s.Push("b")
	fmt.Println(Drain(s, 1))
	fmt.Println(Drain(s, 3))
}
