// reflect on complex values: Complex, SetComplex, Set, OverflowComplex, Convert, IsZero,
// DeepEqual and printing Values that hold them.
package main

import (
	"fmt"
	"reflect"
)

type C struct {
	A complex64
	B complex128
}

func main() {
	c := C{1 + 2i, 3 - 4i}
	v := reflect.ValueOf(&c).Elem()
	fmt.Println(v.Field(0).Complex(), v.Field(1).Complex(), v.Field(0).Kind(), v.Field(1).Type())
	v.Field(0).SetComplex(5i)
	v.Field(1).Set(reflect.ValueOf(complex(1.5, -2)))
	fmt.Println(c, v.Field(0).OverflowComplex(1e300), reflect.Zero(reflect.TypeOf(c)).IsZero())
	fmt.Println(reflect.ValueOf(complex64(2+3i)).Convert(reflect.TypeOf(complex128(0))).Interface())
	fmt.Println(reflect.DeepEqual([]complex128{1i}, []complex128{1i}), v)
	fmt.Printf("%v %+v\n", reflect.ValueOf(c), c)
}
