package main

// Selectors through embedded fields: ambiguity at the shallowest depth, promoted fields in
// composite literals, pointer methods on values that are not addressable.

type A struct{ X int }
type B struct{ X int }

func (A) M()  {}
func (B) M()  {}
func (*A) P() {}

type C struct {
	A
	B
}

type D struct {
	A
	Y int
}

type PI interface{ P() }

type MI interface{ M() }

func mk() D { return D{} }

func main() {
	var c C
	_ = c.X // ERROR "ambiguous selector c.X"
	c.M()   // ERROR "ambiguous selector c.M"
	_ = c.A.X
	_ = D{X: 1}   // ERROR "unknown field 'X' in struct literal of type D"
	mk().P()      // ERROR "cannot call pointer method P on D"
	var pi PI = D{} // ERROR "cannot use D{} (value of type D) as type PI in variable declaration"
	var mi MI = c   // ERROR "cannot use c (variable of type C) as type MI in variable declaration"
	_ = D.P         // ERROR "cannot call pointer method P on D"
	_ = D.X         // ERROR "D.X undefined (type D has no method X)"
	_ = C.M         // ERROR "ambiguous selector C.M"
	_, _ = pi, mi
}
