package z

import "fmt"

var V = f("z.V")

func f(s string) int { fmt.Println("var", s); return len(s) }

func init() { fmt.Println("init z") }
