// Package lib does not compile: go build ./lib and deferc check/build ./lib report the same
// errors for a package that is not main.
package lib

import "fmt"

// F returns the wrong type.
func F() int { return "x" }

type t struct{ n int }

func (v t) get() int { return v.m }
