// Field access through a type parameter with a struct core type (not allowed in Go 1.19).
package main

type Point struct{ X, Y int }

// Go 1.19 does not allow field access through a type parameter,
// even when every type in the type set is a struct with that field.
func GetX[T interface{ ~struct{ X, Y int } }](p T) int {
	return p.X // ERROR "type T has no field or method X"
}

func main() {
	_ = GetX(Point{1, 2})
}
