// fmt on values inside composites whose static type is an interface (struct fields, slice
// elements, map values): the dynamic value's Error or String method is used, as for an
// operand, unless the field is unexported; *strconv.NumError's fields print this way.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type S struct{ v int }

func (s S) String() string { return "S!" }

type P struct{ v int }

func (p *P) String() string { return "P!" }

type W struct {
	In  fmt.Stringer
	in  fmt.Stringer
	Any any
	Err error
	Ptr fmt.Stringer
	Nil fmt.Stringer
}

func main() {
	w := W{S{1}, S{2}, S{3}, errors.New("e1"), &P{4}, nil}
	fmt.Println(w)
	fmt.Printf("%v\n%+v\n%s\n%q\n", w, w, w, w)
	fmt.Println([]fmt.Stringer{S{1}, &P{2}, nil}, map[string]any{"a": S{1}, "b": errors.New("x")})
	fmt.Printf("%#v\n", []any{S{1}, nil})
	_, err := strconv.Atoi("bad")
	ne := err.(*strconv.NumError)
	fmt.Printf("%v | %+v | %v\n", *ne, []error{err, nil}, [1]error{fmt.Errorf("w: %w", err)})
	type pair struct {
		Name string
		Err  error
	}
	fmt.Println(pair{"x", ne}, []pair{{"y", nil}})
}
