// Methods with value and pointer receivers (automatic & and *), method values bound at evaluation, method expressions, user interfaces with dynamic dispatch, String and Error methods used by fmt, defer of methods.
package main

import (
	"errors"
	"fmt"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Counter struct {
	n    int
	name string
}

func (c *Counter) Inc()               { c.n++ }
func (c Counter) Get() int            { return c.n }
func (c *Counter) Add(k int) *Counter { c.n += k; return c }

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ w, h float64 }
type Square struct{ s float64 }

func (r Rect) Area() float64    { return r.w * r.h }
func (r Rect) Name() string     { return "rect" }
func (s *Square) Area() float64 { return s.s * s.s }
func (s *Square) Name() string  { return "square" }

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.code) }

func fail(k int) error {
	if k > 0 {
		return &MyErr{k}
	}
	return nil
}

func total(shapes ...Shape) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func main() {
	c := Counter{name: "a"}
	c.Inc()
	c.Inc()
	p := &c
	p.Inc()
	fmt.Println(c.Get(), p.Get(), c.n)
	p.Add(10).Add(100)
	fmt.Println(c.n)
	inc := c.Inc
	inc()
	get := c.Get
	c.Inc()
	fmt.Println(c.n, get())
	f := Counter.Get
	g := (*Counter).Inc
	g(&c)
	fmt.Println(f(c))
	t := Celsius(21.5)
	fmt.Println(t, t.String())
	fmt.Printf("%v %s %d\n", t, t, 3)
	var s Shape = Rect{2, 3}
	fmt.Println(s.Area(), s.Name())
	s = &Square{4}
	fmt.Println(s.Area(), s.Name(), total(Rect{1, 1}, &Square{2}))
	err := fail(7)
	fmt.Println(err, err != nil)
	var me *MyErr
	fmt.Println(errors.New("x"), fail(0) == nil, me == nil)
	defer c.Inc()
	defer fmt.Println("deferred get", c.Get())
	defer s.Name()
}
