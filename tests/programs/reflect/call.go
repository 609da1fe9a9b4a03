// reflect.Value.Call and CallSlice of library, closure, variadic and struct-returning functions,
// methods through Method and MethodByName on values and pointers, and argument errors.
package main

import (
	"fmt"
	"reflect"
	"strings"
)

type T struct{ N int }

func (t T) Double(k int) int       { return t.N * k * 2 }
func (t *T) Inc(by int) (int, bool) { t.N += by; return t.N, t.N > 5 }
func (t T) Name() string           { return fmt.Sprint("T", t.N) }

type Big struct{ A, B, C int64 }

func mk(a, b, c int64) Big { return Big{a, b, c} }

func main() {
	f := reflect.ValueOf(strings.Repeat)
	out := f.Call([]reflect.Value{reflect.ValueOf("ab"), reflect.ValueOf(3)})
	fmt.Println(out[0].String(), len(out))
	add := func(xs ...int) (int, error) {
		s := 0
		for _, x := range xs {
			s += x
		}
		return s, nil
	}
	r := reflect.ValueOf(add).Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(2), reflect.ValueOf(3)})
	fmt.Println(r[0].Int(), r[1].IsNil())
	r = reflect.ValueOf(add).CallSlice([]reflect.Value{reflect.ValueOf([]int{4, 5})})
	fmt.Println(r[0].Int())
	b := reflect.ValueOf(mk).Call([]reflect.Value{reflect.ValueOf(int64(1)), reflect.ValueOf(int64(2)), reflect.ValueOf(int64(3))})
	fmt.Println(b[0].Interface())
	t := &T{N: 2}
	v := reflect.ValueOf(t)
	fmt.Println(v.NumMethod(), v.Elem().NumMethod())
	fmt.Println(v.MethodByName("Double").Call([]reflect.Value{reflect.ValueOf(10)})[0].Int())
	res := v.MethodByName("Inc").Call([]reflect.Value{reflect.ValueOf(5)})
	fmt.Println(res[0].Int(), res[1].Bool(), t.N)
	fmt.Println(v.Elem().MethodByName("Name").Call(nil)[0])
	fmt.Println(v.MethodByName("Inc").Type())
	defer func() { fmt.Println("recovered:", recover()) }()
	reflect.ValueOf(add).Call([]reflect.Value{reflect.ValueOf("x")})
}
