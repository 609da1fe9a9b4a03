// Complex numbers through reflect (Kind, Complex, SetComplex, OverflowComplex, Convert,
// DeepEqual, IsZero, Bits, field offsets) and unsafe (gc's sizes, alignments and offsets:
// complex64 is two float32s aligned 4, complex128 two float64s aligned 8).
package main

import (
	"encoding/json"
	"fmt"
	"reflect"
	"unsafe"
)

type C complex64

type S struct {
	A complex64
	B complex128
	C C
}

func main() {
	var x complex128 = 1 + 2i
	v := reflect.ValueOf(&x).Elem()
	fmt.Println(v.Kind(), v.Type(), v.Complex(), v.CanComplex(), v.CanFloat(), v.Type().Bits(), v.IsZero())
	v.SetComplex(3 - 4i)
	fmt.Println(x, v.Interface(), v.OverflowComplex(1e300))
	c := C(5i)
	cv := reflect.ValueOf(&c).Elem()
	cv.SetComplex(1e300 + 1i)
	fmt.Println(c, cv.OverflowComplex(1e300), cv.OverflowComplex(1e38), cv.Type().Bits(), cv.Kind())
	conv := reflect.ValueOf(complex64(1.5i)).Convert(reflect.TypeOf(complex128(0)))
	fmt.Println(conv.Type(), conv.Complex(), reflect.TypeOf(x).ConvertibleTo(reflect.TypeOf(1.0)), reflect.TypeOf(x).ConvertibleTo(reflect.TypeOf(c)))
	s := S{1, 2i, 3}
	sv := reflect.ValueOf(s)
	for i := 0; i < sv.NumField(); i++ {
		f := sv.Field(i)
		fmt.Println(sv.Type().Field(i).Name, f.Kind(), f.Complex(), f.Type().Size(), f.Type().Align(), sv.Type().Field(i).Offset)
	}
	fmt.Println(reflect.DeepEqual(s, S{1, 2i, 3}), reflect.DeepEqual([]complex64{1}, []complex64{2}), reflect.Zero(reflect.TypeOf(c)).IsZero())
	_, err := json.Marshal(s)
	fmt.Println(err)
	m := reflect.ValueOf(map[complex128]string{1i: "a"})
	fmt.Println(m.MapIndex(reflect.ValueOf(1i)), m.MapKeys()[0])
	func() {
		defer func() { fmt.Println(recover()) }()
		reflect.ValueOf(1.5).Complex()
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		reflect.ValueOf(x).SetComplex(1)
	}()
	fmt.Printf("%v %v\n", reflect.ValueOf(1+1i), reflect.ValueOf(complex64(2)))

	var p struct {
		A int8
		B complex64
		C bool
		D complex128
		E [3]complex64
	}
	fmt.Println(unsafe.Sizeof(p), unsafe.Alignof(p), unsafe.Offsetof(p.B), unsafe.Offsetof(p.D), unsafe.Offsetof(p.E))
	fmt.Println(unsafe.Sizeof(p.B), unsafe.Alignof(p.B), unsafe.Sizeof(p.D), unsafe.Alignof(p.D), unsafe.Sizeof(p.E))
	p.B = 1.5 - 2.5i
	parts := (*[2]float32)(unsafe.Pointer(&p.B))
	fmt.Println(parts[0], parts[1])
	parts[1] = 7
	p.E[1] = 3 + 4i
	e := (*[6]float32)(unsafe.Pointer(&p.E))
	fmt.Println(p.B, e[2], e[3])
	p.D = 5i
	d := (*[2]float64)(unsafe.Add(unsafe.Pointer(&p), unsafe.Offsetof(p.D)))
	fmt.Println(d[0], d[1])
}
