// Method tables hold code only for methods some interface of the program can ask for (by name
// and signature) and for Error, String and GoString, which fmt and the panic printer look up
// by name; every other entry keeps its name and type without code. Each way of reaching a
// method at run time must still find it: interfaces from assertions and type switches
// (declared anywhere, embedded, unexported), interface method values, errors.Is/As's Is and
// Unwrap, fmt's String/Error/GoString on values nested in structs, slices and maps, methods
// promoted through embedded fields and pointers, and a panic value's Error.
package main

import (
	"errors"
	"fmt"
	"sort"
)

type Celsius float64

func (c Celsius) String() string                   { return fmt.Sprintf("%.1f°C", float64(c)) }
func (c Celsius) GoString() string                 { return "Celsius(" + fmt.Sprint(float64(c)) + ")" }
func (c Celsius) Kelvin() float64                  { return float64(c) + 273.15 }
func (c Celsius) uniqueSignature(a, b, d int) bool { return a+b+d > 0 }
func (c Celsius) Scale(f float64) Celsius          { return c * Celsius(f) }

type Reading struct {
	Where string
	Temp  Celsius
	temp  Celsius
}

type Sensor struct {
	*Reading
	id int
}

func (s Sensor) ID() int                  { return s.id }
func (s *Sensor) Reset(to Celsius)        { s.Temp = to }
func (s Sensor) unexported() string       { return "unexported" }
func (s Sensor) Describe(p string) string { return p + s.Where }

type myErr struct{ code int }

func (e *myErr) Error() string     { return fmt.Sprintf("code %d", e.code) }
func (e *myErr) Is(t error) bool   { return t == errTarget }
func (e *myErr) Unwrap() error     { return errInner }
func (e *myErr) Code() (int, bool) { return e.code, true }

var (
	errTarget = errors.New("target")
	errInner  = errors.New("inner")
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }
func (b byLen) Extra(x []int) int  { return len(x) }

type inner interface{ ID() int }

type outer interface {
	inner
	Describe(string) string
}

func viaTypeSwitch(x any) string {
	switch v := x.(type) {
	case interface{ Kelvin() float64 }:
		return fmt.Sprint("kelvin ", v.Kelvin())
	case interface{ unexported() string }:
		return "switch " + v.unexported()
	}
	return "none"
}

func main() {
	c := Celsius(21.5)
	var x any = c
	fmt.Println(x, viaTypeSwitch(x))
	fmt.Printf("%v %s %#v %d\n", c, c, c, 7)
	if s, ok := x.(interface{ Scale(float64) Celsius }); ok {
		fmt.Println("scaled", s.Scale(2))
	}
	_, ok := x.(interface{ Scale(float32) Celsius })
	fmt.Println("wrong signature:", ok)

	r := &Reading{"kitchen", 19, 3}
	fmt.Printf("%v %+v\n", *r, []Reading{*r})
	m := map[string]Celsius{"a": 1, "b": -2}
	fmt.Println(m, []Celsius{1, 2}, [2]Celsius{3, 4}, &c)

	s := Sensor{r, 42}
	var o outer = s
	fmt.Println(o.ID(), o.Describe("in the "))
	f := o.Describe
	fmt.Println(f("at the "))
	fmt.Println(viaTypeSwitch(s), viaTypeSwitch(&s))
	var rs interface{ Reset(Celsius) } = &s
	rs.Reset(25)
	fmt.Println(s.Temp, r.Temp)
	if t, ok := any(&s).(interface{ Temp() Celsius }); ok {
		fmt.Println("no such method", t)
	}

	var err error = &myErr{7}
	fmt.Println(err, errors.Is(err, errTarget), errors.Is(err, errInner), errors.Unwrap(err))
	var me *myErr
	fmt.Println(errors.As(err, &me), me.code)
	if cd, ok := err.(interface{ Code() (int, bool) }); ok {
		fmt.Println(cd.Code())
	}
	wrapped := fmt.Errorf("wrapped: %w", err)
	fmt.Println(wrapped, errors.Is(wrapped, errTarget))

	b := byLen{"ccc", "a", "bb"}
	sort.Sort(b)
	fmt.Println(b, sort.IsSorted(b))

	defer func() {
		v := recover()
		fmt.Println("recovered:", v)
		panic(&myErr{99})
	}()
	panic(c)
}
