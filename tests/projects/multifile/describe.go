package main

import (
	f "fmt"
	str "strings"
)

func describe(s *stack) string {
	return f.Sprintf("stack of %d: %s", s.len(), str.ToUpper(str.Join(s.strings, "|")))
}
