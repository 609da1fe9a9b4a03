package main

// Valid Go 1.19 outside the subset: only the unsupported constructs are reported, the first
// first, with no "imported and not used" (the generic body is not checked) and no complaint
// about the constraint's ~ terms.

import (
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64 // ERROR "unsupported: "
}

func Sum[T Number](xs []T) T { // ERROR "unsupported: "
	var s T
	for _, x := range xs {
		s += x
	}
	fmt.Println(strings.Repeat("-", 3))
	return s
}

func main() {
	println(Sum([]int{1, 2}))
}
