// reflect.Type: kinds, names, package paths, strings, elements, keys, lengths, struct fields
// with tags and embedding, func parameters, FieldByName, Implements, AssignableTo,
// ConvertibleTo, Comparable, PointerTo.
package main

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
)

type Celsius float64

type Point struct {
	X, Y int `json:"x" xml:"px"`
}

type Named struct {
	Point
	Name    string `json:"name,omitempty" db:"n"`
	private int
	Tags    []string
	Meta    map[string]int
	Next    *Named
}

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r *Rect) Scale(f float64)   { r.W *= f; r.H *= f }

type Stringish string

func (s Stringish) String() string { return strings.ToUpper(string(s)) }

func describe(t reflect.Type) {
	fmt.Printf("%-28s kind=%-9s name=%q pkg=%q size=%d comparable=%v\n", t.String(), t.Kind(), t.Name(), t.PkgPath(), t.Size(), t.Comparable())
}

func main() {
	for _, v := range []interface{}{
		1, int8(2), uint16(3), 2.5, float32(1), "s", true, 'r', byte(1), uintptr(9),
		Celsius(3), Point{}, &Point{}, []int{}, [3]string{}, map[string][]int{}, make(chan int),
		func(int, string) error { return nil }, errors.New("x"), Named{}, Stringish("a"),
		struct{ A int }{}, []Point{}, map[Point]bool{},
	} {
		describe(reflect.TypeOf(v))
	}
	fmt.Println(reflect.TypeOf(nil) == nil)

	t := reflect.TypeOf(Named{})
	fmt.Println("fields:", t.NumField())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Printf("  %d %s %s pkg=%q tag=%q json=%q anon=%v exported=%v offset=%d index=%v\n", i, f.Name, f.Type, f.PkgPath, f.Tag, f.Tag.Get("json"), f.Anonymous, f.IsExported(), f.Offset, f.Index)
	}
	if f, ok := t.FieldByName("Y"); ok {
		fmt.Println("Y:", f.Name, f.Index, f.Tag.Get("xml"), f.Type)
	}
	_, ok := t.FieldByName("Missing")
	fmt.Println("Missing:", ok)
	v, ok := reflect.StructTag(`a:"1" b:"two words" c:"\"q\""`).Lookup("c")
	fmt.Println(v, ok, reflect.StructTag(`a:"1" b:"two words"`).Get("b"))

	pt := reflect.TypeOf(&Point{})
	fmt.Println(pt.Elem() == reflect.TypeOf(Point{}), pt.Elem().Name(), reflect.PointerTo(pt.Elem()) == pt)
	mt := reflect.TypeOf(map[string][]int{})
	fmt.Println(mt.Key(), mt.Elem(), mt.Elem().Elem())
	at := reflect.TypeOf([3]string{})
	fmt.Println(at.Len(), at.Elem())
	ft := reflect.TypeOf(func(int, ...string) (bool, error) { return false, nil })
	fmt.Println(ft.NumIn(), ft.NumOut(), ft.In(0), ft.In(1), ft.Out(0), ft.Out(1), ft.IsVariadic())
	ct := reflect.TypeOf(make(<-chan int))
	fmt.Println(ct.ChanDir(), ct.Elem(), reflect.TypeOf(make(chan<- bool)).ChanDir())

	shape := reflect.TypeOf((*Shape)(nil)).Elem()
	stringer := reflect.TypeOf((*fmt.Stringer)(nil)).Elem()
	errT := reflect.TypeOf((*error)(nil)).Elem()
	fmt.Println(shape.Kind(), shape.NumMethod(), shape.Method(0).Name, shape.Method(1).Name)
	fmt.Println(reflect.TypeOf(Rect{}).Implements(shape), reflect.TypeOf(&Rect{}).Implements(shape), reflect.TypeOf(Point{}).Implements(shape))
	fmt.Println(reflect.TypeOf(Stringish("")).Implements(stringer), reflect.TypeOf(errors.New("")).Implements(errT), errT.Implements(errT))
	fmt.Println(reflect.TypeOf(Rect{}).AssignableTo(shape), reflect.TypeOf(1).AssignableTo(reflect.TypeOf(Celsius(0))))
	fmt.Println(reflect.TypeOf(1).ConvertibleTo(reflect.TypeOf(Celsius(0))), reflect.TypeOf("").ConvertibleTo(reflect.TypeOf([]byte{})), reflect.TypeOf(Point{}).ConvertibleTo(reflect.TypeOf(1)))
	fmt.Println(reflect.TypeOf(Celsius(0)).Bits(), reflect.TypeOf(int16(0)).Bits(), reflect.TypeOf(Celsius(0)).Align())
	fmt.Println(reflect.Int.String(), reflect.Pointer.String(), reflect.Ptr == reflect.Pointer, reflect.Kind(99))
	fmt.Println(reflect.TypeOf(Rect{}) == reflect.TypeOf(Rect{W: 1}), reflect.TypeOf(1) == reflect.TypeOf(int64(1)))
}
