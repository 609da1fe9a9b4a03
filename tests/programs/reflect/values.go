// reflect.Value: reading every kind, setting through pointers and addressable fields,
// slices, arrays, maps (MapIndex, SetMapIndex, MapKeys, MapRange), New, Zero, MakeSlice,
// MakeMap, Append, Copy, Convert, IsZero, IsNil, Interface round trips and the panics of
// misuse.
package main

import (
	"fmt"
	"reflect"
	"sort"
)

type Inner struct {
	A int
	B string
}

type Config struct {
	Name    string
	Port    int
	Ratio   float64
	Debug   bool
	Tags    []string
	Limits  map[string]int
	Inner   Inner
	Ptr     *Inner
	hidden  int
	Any     interface{}
	U8      uint8
	I16     int16
	F32     float32
}

type MyInt int

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
}

func main() {
	c := Config{Name: "svc", Port: 80, Ratio: 0.5, Tags: []string{"a", "b"}, Limits: map[string]int{"x": 1}, Inner: Inner{7, "in"}, hidden: 3, Any: 42, U8: 200, I16: -3, F32: 1.25}
	v := reflect.ValueOf(c)
	fmt.Println(v.Kind(), v.Type(), v.NumField(), v.CanSet(), v.CanAddr())
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		name := v.Type().Field(i).Name
		if f.CanInterface() {
			fmt.Printf("%s %v %v\n", name, f.Kind(), f.Interface())
		} else {
			fmt.Printf("%s %v (unexported) %d\n", name, f.Kind(), f.Int())
		}
	}
	fmt.Println(v.FieldByName("Inner").Field(1).String(), v.Field(0).String(), v.Field(1).String())
	fmt.Println(v.Field(1).Int(), v.Field(2).Float(), v.Field(3).Bool(), v.Field(10).Uint(), v.Field(11).Int(), v.Field(12).Float())

	p := reflect.ValueOf(&c).Elem()
	fmt.Println(p.CanSet(), p.Field(0).CanSet(), p.Field(8).CanSet())
	p.Field(0).SetString("renamed")
	p.FieldByName("Port").SetInt(8080)
	p.Field(2).SetFloat(0.25)
	p.Field(3).SetBool(true)
	p.Field(4).Set(reflect.ValueOf([]string{"z"}))
	p.Field(5).SetMapIndex(reflect.ValueOf("y"), reflect.ValueOf(2))
	p.Field(6).Field(0).SetInt(99)
	p.Field(7).Set(reflect.ValueOf(&Inner{1, "ptr"}))
	p.Field(9).Set(reflect.ValueOf("now a string"))
	p.Field(10).SetUint(7)
	p.Field(12).SetFloat(2.5)
	cp := c
	cp.Ptr = nil
	fmt.Printf("%+v %v\n", cp, *c.Ptr)
	try("set unexported", func() { p.Field(8).SetInt(1) })
	try("set unaddressable", func() { v.Field(1).SetInt(1) })
	try("wrong kind", func() { p.Field(0).SetInt(1) })
	try("Int of string", func() { v.Field(0).Int() })
	try("interface of unexported", func() { v.Field(8).Interface() })
	try("assign mismatch", func() { p.Field(1).Set(reflect.ValueOf("x")) })
	try("zero value", func() { reflect.Value{}.Type() })

	s := reflect.ValueOf([]int{3, 1, 2})
	fmt.Println(s.Len(), s.Cap(), s.Index(0).Int(), s.Index(2).CanSet())
	s.Index(0).SetInt(30)
	fmt.Println(s.Interface(), s.Slice(1, 3).Interface())
	try("index", func() { s.Index(5) })
	arr := [3]string{"a", "b", "c"}
	av := reflect.ValueOf(&arr).Elem()
	av.Index(1).SetString("B")
	fmt.Println(arr, av.Len(), reflect.ValueOf(arr).Index(2).CanSet())
	str := reflect.ValueOf("héllo")
	fmt.Println(str.Len(), str.Index(1).Uint(), str.Slice(0, 1))

	m := reflect.ValueOf(map[string]int{"one": 1, "two": 2, "three": 3})
	keys := m.MapKeys()
	sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
	for _, k := range keys {
		fmt.Println(k, m.MapIndex(k))
	}
	fmt.Println(m.MapIndex(reflect.ValueOf("none")).IsValid(), m.Len())
	it := m.MapRange()
	total := 0
	for it.Next() {
		total += int(it.Value().Int()) * len(it.Key().String())
	}
	fmt.Println("total", total)
	m.SetMapIndex(reflect.ValueOf("two"), reflect.Value{})
	fmt.Println(m.Len())
	var nilMap map[string]int
	try("nil map assign", func() { reflect.ValueOf(nilMap).SetMapIndex(reflect.ValueOf("a"), reflect.ValueOf(1)) })
	fmt.Println(reflect.ValueOf(nilMap).MapIndex(reflect.ValueOf("a")).IsValid(), reflect.ValueOf(nilMap).Len())

	nm := reflect.MakeMap(reflect.TypeOf(map[int][]string{}))
	nm.SetMapIndex(reflect.ValueOf(1), reflect.ValueOf([]string{"x"}))
	fmt.Println(nm.Interface())
	ns := reflect.MakeSlice(reflect.TypeOf([]float64{}), 2, 5)
	ns.Index(1).SetFloat(1.5)
	ns = reflect.Append(ns, reflect.ValueOf(2.5), reflect.ValueOf(3.5))
	fmt.Println(ns.Interface(), ns.Len(), ns.Cap())
	grown := reflect.AppendSlice(reflect.ValueOf([]int{1}), reflect.ValueOf([]int{2, 3, 4, 5}))
	fmt.Println(grown.Interface(), grown.Cap())
	dst := reflect.MakeSlice(reflect.TypeOf([]int{}), 2, 2)
	fmt.Println(reflect.Copy(dst, grown), dst.Interface())

	np := reflect.New(reflect.TypeOf(Inner{}))
	np.Elem().Field(1).SetString("new")
	fmt.Printf("%T %+v\n", np.Interface(), np.Elem().Interface())
	z := reflect.Zero(reflect.TypeOf(Config{}))
	fmt.Println(z.IsZero(), z.Field(1).Int(), reflect.ValueOf(c).IsZero(), reflect.ValueOf(0).IsZero())
	var nilp *Inner
	fmt.Println(reflect.ValueOf(nilp).IsNil(), reflect.ValueOf(nilp).Elem().IsValid(), reflect.ValueOf(&c).IsNil())
	fmt.Println(reflect.Indirect(reflect.ValueOf(&c)).Type(), reflect.Indirect(reflect.ValueOf(3)).Int())

	var e interface{} = &c
	ev := reflect.ValueOf(&e).Elem()
	fmt.Println(ev.Kind(), ev.Elem().Kind(), ev.Elem().Elem().Field(0))
	mi := reflect.ValueOf(MyInt(5))
	fmt.Println(mi.Convert(reflect.TypeOf(0)).Interface(), mi.Convert(reflect.TypeOf(0.0)).Interface(), mi.Kind(), mi.Type())
	fmt.Println(reflect.ValueOf(65).Convert(reflect.TypeOf("")).Interface(), reflect.ValueOf("hi").Convert(reflect.TypeOf([]byte(nil))).Interface())
	fmt.Println(reflect.ValueOf(3.9).Convert(reflect.TypeOf(int8(0))).Int(), reflect.ValueOf(int8(-1)).Convert(reflect.TypeOf(uint16(0))).Uint())
	fmt.Println(reflect.ValueOf(uint8(0)).OverflowUint(256), reflect.ValueOf(int8(0)).OverflowInt(-128), reflect.ValueOf(float32(0)).OverflowFloat(1e39))
	fmt.Println(reflect.ValueOf(1).String(), reflect.Value{}.String(), reflect.ValueOf(c).Field(6))
	addr := p.Field(1).Addr().Interface().(*int)
	*addr = 1
	fmt.Println(c.Port, p.Field(1).CanAddr(), v.Field(1).CanAddr())
}
