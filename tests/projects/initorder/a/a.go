package a

import "fmt"

var V = f("a.V")

func f(s string) int { fmt.Println("var", s); return len(s) }

func init() { fmt.Println("init a") }
