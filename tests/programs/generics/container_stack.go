// Generic Stack[T] container: slice-backed, pointer receivers, Peek/Pop with ok results, several instantiations, stack of stacks.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Stack[T any] struct {
	items []T
}

func NewStack[T any](xs ...T) *Stack[T] {
	s := &Stack[T]{}
	for _, x := range xs {
		s.Push(x)
	}
	return s
}

func (s *Stack[T]) Push(v T) {
	s.items = append(s.items, v)
}

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s *Stack[T]) Peek() (T, bool) {
	if len(s.items) == 0 {
		var zero T
		return zero, false
	}
	return s.items[len(s.items)-1], true
}

func (s Stack[T]) Len() int { return len(s.items) }

func (s *Stack[T]) Empty() bool { return s.Len() == 0 }

// Balanced brackets using Stack[rune].
func Balanced(text string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st Stack[rune]
	for _, r := range text {
		switch r {
		case '(', '[', '{':
			st.Push(r)
		case ')', ']', '}':
			top, ok := st.Pop()
			if !ok || top != pairs[r] {
				return false
			}
		}
	}
	return st.Empty()
}

// Reverse Polish evaluation with Stack[float64].
func RPN(expr string) float64 {
	st := NewStack[float64]()
	for _, tok := range strings.Fields(expr) {
		switch tok {
		case "+", "-", "*", "/":
			b, _ := st.Pop()
			a, _ := st.Pop()
			switch tok {
			case "+":
				st.Push(a + b)
			case "-":
				st.Push(a - b)
			case "*":
				st.Push(a * b)
			case "/":
				st.Push(a / b)
			}
		default:
			f, err := strconv.ParseFloat(tok, 64)
			if err != nil {
				panic(err)
			}
			st.Push(f)
		}
	}
	v, _ := st.Pop()
	return v
}

func main() {
	s := NewStack(1, 2, 3)
	fmt.Println(s.Len())
	top, _ := s.Peek()
	fmt.Println("peek", top)
	for !s.Empty() {
		v, _ := s.Pop()
		fmt.Print(v, " ")
	}
	fmt.Println()
	v, ok := s.Pop()
	fmt.Println(v, ok)

	words := NewStack[string]()
	for _, w := range strings.Fields("the quick brown fox") {
		words.Push(w)
	}
	var out []string
	for w, ok := words.Pop(); ok; w, ok = words.Pop() {
		out = append(out, w)
	}
	fmt.Println(strings.Join(out, " "))

	fmt.Println(Balanced("{[()()]}"), Balanced("([)]"), Balanced("(("), Balanced(""))
	fmt.Println(RPN("3 4 + 2 *"), RPN("10 4 /"), RPN("1 2 3 * -"))

	nested := NewStack[*Stack[int]]()
	nested.Push(NewStack(1))
	nested.Push(NewStack(2, 3))
	inner, _ := nested.Pop()
	fmt.Println(inner.Len(), nested.Len())

	var sv Stack[[]byte]
	sv.Push([]byte("ab"))
	sv.Push(nil)
	b, ok := sv.Pop()
	fmt.Println(b == nil, ok, sv.Len())
}
