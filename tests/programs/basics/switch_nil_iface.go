package main

import "fmt"

// Expression switches: a func, map or slice tag compared with nil; interface cases in a
// tagless switch (compared with true); constant cases of different types under an interface
// tag; repeated bool cases, which Go allows.

type T int
type B bool
type S string

func kind(v any) string {
	switch v {
	case nil:
		return "nil"
	case 1:
		return "int 1"
	case T(1):
		return "T 1"
	case 1.0:
		return "float64 1"
	case "1", S("1"):
		return "some 1 string"
	case true, B(true):
		return "some true"
	case (*int)(nil):
		return "nil *int"
	}
	return fmt.Sprintf("other %T", v)
}

func main() {
	f := func() {}
	var g func()
	for _, h := range []func(){f, g} {
		switch h {
		case nil:
			fmt.Println("func nil")
		default:
			fmt.Println("func set")
		}
	}
	switch m := make(map[int]int); m {
	case nil:
		fmt.Println("map nil")
	default:
		fmt.Println("map set")
	}
	var s []int
	switch s {
	case nil:
		fmt.Println("slice nil")
	}

	for _, v := range []any{nil, 1, T(1), 1.0, float32(1), "1", S("1"), true, B(true), B(false), (*int)(nil), int8(1)} {
		fmt.Println(kind(v))
	}

	var yes any = true
	var no any = false
	var str any = "true"
	for _, i := range []any{yes, no, str, nil} {
		switch {
		case i:
			fmt.Println("tagless: i is true")
		case no == i:
			fmt.Println("tagless: i is false")
		default:
			fmt.Println("tagless: neither", i)
		}
	}

	b := true
	switch b {
	case true, true:
		fmt.Println("bool case twice")
	}

	var e error
	switch e {
	case nil:
		fmt.Println("nil error")
	}
	x := 3
	var ix any = 3
	switch x {
	case ix:
		fmt.Println("int tag, interface case")
	}
}
