// Generic type used without type arguments.
package main

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func main() {
	var s Stack // ERROR "cannot use generic type Stack"
	_ = s
}
