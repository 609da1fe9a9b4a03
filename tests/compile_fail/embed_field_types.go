package main

// What may be embedded: a type name T or *T, T not a pointer and, behind *, not an interface.

type I interface{ M() }
type Ptr *int
type T struct{}

type Bad1 struct{ *I }  // ERROR "embedded field type cannot be a pointer to an interface"
type Bad2 struct{ Ptr } // ERROR "embedded field type cannot be a pointer"
type Bad3 struct {
	T
	T int // ERROR "T redeclared"
}
type Rec struct { // ERROR "invalid recursive type Rec"
	Rec
}

type F struct {
	T
}

func (F) T() {} // ERROR "field and method with the same name T"

func main() {
	var ip *I
	ip.M() // ERROR "ip.M undefined (type *I is pointer to interface, not interface)"
}
