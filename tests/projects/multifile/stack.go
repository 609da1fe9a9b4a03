package main

// strings here is this file's own name for a local, not the import of main.go.
type stack struct{ strings []string }

func newStack() *stack { return &stack{} }

func (s *stack) push(x string) { s.strings = append(s.strings, x); total++ }

func (s *stack) pop() string {
	x := s.strings[len(s.strings)-1]
	s.strings = s.strings[:len(s.strings)-1]
	return x
}

func (s *stack) len() int { return len(s.strings) }

var total int
