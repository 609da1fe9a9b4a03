// reflect.MakeFunc for swaps of ints and strings, struct and error results, a library
// signature, method values through Value.Method(i).Interface(), and a wrong result count.
package main

import (
	"fmt"
	"reflect"
	"strings"
)

type S struct{ A, B, C int }

type T struct{ n int }

func (t T) Add(k int) int { return t.n + k }

func main() {
	swap := func(in []reflect.Value) []reflect.Value { return []reflect.Value{in[1], in[0]} }
	var intSwap func(int, int) (int, int)
	fn := reflect.MakeFunc(reflect.TypeOf(intSwap), swap)
	reflect.ValueOf(&intSwap).Elem().Set(fn)
	fmt.Println(intSwap(1, 2))
	var strSwap func(string, string) (string, string)
	reflect.ValueOf(&strSwap).Elem().Set(reflect.MakeFunc(reflect.TypeOf(strSwap), swap))
	fmt.Println(strSwap("a", "b"))
	var big func(S, string) (S, error)
	reflect.ValueOf(&big).Elem().Set(reflect.MakeFunc(reflect.TypeOf(big), func(in []reflect.Value) []reflect.Value {
		s := in[0].Interface().(S)
		s.A += len(in[1].String())
		return []reflect.Value{reflect.ValueOf(s), reflect.Zero(reflect.TypeOf((*error)(nil)).Elem())}
	}))
	fmt.Println(big(S{1, 2, 3}, "four"))
	up := reflect.MakeFunc(reflect.TypeOf(strings.ToUpper), func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(strings.ToUpper(in[0].String()) + "!")}
	})
	fmt.Println(up.Call([]reflect.Value{reflect.ValueOf("hi")})[0], up.Interface().(func(string) string)("yo"))
	m := reflect.ValueOf(T{5}).Method(0).Interface().(func(int) int)
	fmt.Println(m(10))
	defer func() { fmt.Println("recovered:", recover()) }()
	bad := reflect.MakeFunc(reflect.TypeOf(intSwap), func(in []reflect.Value) []reflect.Value { return nil })
	bad.Interface().(func(int, int) (int, int))(1, 2)
}
