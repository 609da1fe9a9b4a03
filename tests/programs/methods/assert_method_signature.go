// A type has an interface's method only when the name AND the signature agree: type
// assertions, type switches, errors.As and fmt's Stringer/error checks all compare both.
package main

import (
	"errors"
	"fmt"
)

type A struct{ x, y int }
type B struct{ z, w byte }
type C A

type MyInt int

func (MyInt) m(*A) {}

// Wrong String and Error signatures: fmt must not call them.
type NotStringer int

func (NotStringer) String() int { return 7 }

type NotError struct{ msg string }

func (e NotError) Error(prefix string) string { return prefix + e.msg }

type Real struct{}

func (*Real) Error() string { return "real error" }

func main() {
	var i interface{} = MyInt(0)
	_, ok1 := i.(interface{ m(*A) })
	_, ok2 := i.(interface{ m(*B) })
	_, ok3 := i.(interface{ m(*C) })
	_, ok4 := i.(interface{ m(A) })
	_, ok5 := i.(interface{ m(*A) int })
	fmt.Println(ok1, ok2, ok3, ok4, ok5)

	switch i.(type) {
	case interface{ m(*B) }:
		fmt.Println("wrong case")
	case interface{ m(*A) }:
		fmt.Println("right case")
	}

	var p interface{} = new(A)
	_, pa := p.(*A)
	_, pb := p.(*B)
	_, pc := p.(*C)
	fmt.Println(pa, pb, pc)

	fmt.Println(NotStringer(3), NotError{"x"})
	fmt.Printf("%v %s %d\n", NotStringer(4), NotStringer(5), NotStringer(6))
	var s interface{} = NotStringer(1)
	_, isStringer := s.(fmt.Stringer)
	_, isError := interface{}(NotError{}).(error)
	fmt.Println(isStringer, isError)

	var target *Real
	err := fmt.Errorf("wrapped: %w", &Real{})
	fmt.Println(errors.As(err, &target), target != nil)

	defer func() {
		fmt.Println("recovered:", recover())
	}()
	_ = i.(interface{ m(*B) })
}
