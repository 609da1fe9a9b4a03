package main

// Expression switch cases Go rejects: func, map and slice values compare only with nil, case
// values of an interface tag must be comparable, duplicates of the same type (bool cases may
// repeat, and equal values of different types are different cases).

type MyInt int

func main() {
	f := func() {}
	g := f
	switch f {
	case g: // ERROR "invalid case g in switch on f (func can only be compared to nil)"
	case nil:
	}
	switch (struct{ s []int }{}) { // ERROR "cannot switch on"
	}
	var e any
	switch e {
	case []int{}: // ERROR "invalid case []int{} in switch on e (slice can only be compared to nil)"
	case struct{ s []int }{}: // ERROR "struct containing []int cannot be compared"
	}
	i := 1
	switch i {
	case 1, 2, 1: // ERROR "duplicate case 1"
	}
	switch e {
	case 1, int64(1), 1.0, MyInt(1), true, true:
	case 1.0: // ERROR "duplicate case 1.0"
	}
	switch {
	case e == 1, e:
	case i: // ERROR "invalid case i in switch on true (mismatched types int and bool)"
	}
}
