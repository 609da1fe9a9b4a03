// A chain of unrecovered panics of many types, each raised in a deferred call while the previous
// one unwinds: the report lists them oldest first, later ones on tab-indented lines, each printed
// the way Go prints panic values (floats in e-notation, named types with their type name, errors
// by Error()).
package main

import (
	"errors"
	"fmt"
)

type MyInt int
type MyString string
type MyFloat float64
type MyBool bool

func main() {
	defer func() { panic(uint8(255)) }()
	defer func() { panic(-2.25) }()
	defer func() { panic(float32(3)) }()
	defer func() { panic(MyBool(true)) }()
	defer func() { panic(MyFloat(0.5)) }()
	defer func() { panic(MyString("ms")) }()
	defer func() { panic(MyInt(-7)) }()
	defer func() { panic(fmt.Errorf("errorf %d", 3)) }()
	defer func() { panic(errors.New("errors.New")) }()
	defer func() { panic(true) }()
	defer func() { panic(int64(-9)) }()
	defer func() { panic("a string") }()
	panic(1)
}
