// reflect's method sets: Type.NumMethod, Method(i) and MethodByName on values, pointers and
// interfaces, their Type (receiver first) and Func, called with Call and through Interface.
package main

import (
	"fmt"
	"reflect"
)

type Counter struct{ n int }

func (c Counter) Get() int       { return c.n }
func (c *Counter) Add(k int) int { c.n += k; return c.n }
func (c Counter) Sum(xs ...int) int {
	s := c.n
	for _, x := range xs {
		s += x
	}
	return s
}
func (c Counter) String() string { return fmt.Sprintf("Counter(%d)", c.n) }
func (c *Counter) reset()        { c.n = 0 }

type Getter interface{ Get() int }

func main() {
	for _, t := range []reflect.Type{reflect.TypeOf(Counter{}), reflect.TypeOf(&Counter{}), reflect.TypeOf((*Getter)(nil)).Elem()} {
		fmt.Println(t, t.NumMethod())
		for i := 0; i < t.NumMethod(); i++ {
			m := t.Method(i)
			fmt.Println(" ", i, m.Name, m.Type, m.Index, m.PkgPath == "", m.Func.IsValid())
		}
	}
	c := &Counter{n: 1}
	m, ok := reflect.TypeOf(c).MethodByName("Add")
	fmt.Println(ok, m.Func.Call([]reflect.Value{reflect.ValueOf(c), reflect.ValueOf(4)})[0].Int(), c.n)
	get := reflect.TypeOf(Counter{}).Method(0).Func.Interface().(func(Counter) int)
	fmt.Println(get(Counter{n: 9}))
	sum, _ := reflect.TypeOf(Counter{}).MethodByName("Sum")
	fmt.Println(sum.Func.Call([]reflect.Value{reflect.ValueOf(Counter{n: 1}), reflect.ValueOf(2), reflect.ValueOf(3)})[0].Int())
	fmt.Println(sum.Type.IsVariadic(), sum.Type.NumIn(), sum.Type.In(0), sum.Type.In(1))
	_, ok = reflect.TypeOf(c).MethodByName("reset")
	fmt.Println("unexported visible:", ok)
	var g Getter = Counter{n: 3}
	gv := reflect.ValueOf(&g).Elem()
	fmt.Println(gv.Kind(), gv.NumMethod(), gv.Method(0).Call(nil)[0].Int())
	str := reflect.ValueOf(Counter{n: 5}).MethodByName("String").Interface().(func() string)
	fmt.Println(str())
	fmt.Println(reflect.ValueOf(c).MethodByName("Nope").IsValid())
}
