package a

import (
	"fmt"

	_ "example.com/initorder/c"
)

// W is declared in a later file but V2 (below) depends on it, and V in a.go does not.
var V2 = W + 1
var W = f("a.W")

func init() { fmt.Println("init a (a2.go), V2 =", V2) }
