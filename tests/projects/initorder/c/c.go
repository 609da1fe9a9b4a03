package c

import "fmt"

var V = f("c.V")

func f(s string) int { fmt.Println("var", s); return len(s) }

func init() { fmt.Println("init c") }
