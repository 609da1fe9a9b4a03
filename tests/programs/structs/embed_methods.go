package main

import "fmt"

// Promoted methods: calls with Go's automatic & and * through the embedded fields, method
// values bound (receiver path included) when evaluated, method expressions, and an outer
// method shadowing a promoted one.

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }
func (c *Counter) Add(k int) *Counter {
	c.n += k
	return c
}

type Named struct {
	Counter
	Name string
}

type Ref struct {
	*Counter
	Tag string
}

type Deep struct {
	Named
	Ref
	Level int
}

// Overrides the promoted Get.
type Loud struct{ Counter }

func (l Loud) Get() int { return l.n * 100 }

type Celsius float64

func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }
func (c *Celsius) Warm(d float64)     { *c += Celsius(d) }

type Reading struct {
	Celsius
	Where string
}

func mkNamed() Named { return Named{Counter{7}, "made"} }

func main() {
	var nm Named
	nm.Inc()
	nm.Inc()
	nm.Add(3).Inc()
	fmt.Println(nm.Get(), nm.n, nm.Counter.Get())
	pn := &nm
	pn.Inc()
	fmt.Println(pn.Get())
	fmt.Println(mkNamed().Get())

	// Through an embedded pointer: value and pointer methods both reach the shared Counter.
	c := &Counter{10}
	r := Ref{c, "r"}
	r.Inc()
	r2 := r
	r2.Add(5)
	fmt.Println(r.Get(), c.Get(), r2.Get())
	// A non-addressable Ref can call pointer methods: the receiver is its pointer field.
	fmt.Println(func() Ref { return r }().Add(1).Get())

	// Two paths: Named.Counter and Ref.Counter are at the same depth in Deep, so Deep.Get
	// would be ambiguous; the full paths are fine.
	d := Deep{Named: Named{Counter{1}, "n"}, Ref: Ref{&Counter{2}, "t"}, Level: 3}
	d.Named.Inc()
	d.Ref.Inc()
	fmt.Println(d.Named.Get(), d.Ref.Get(), d.Name, d.Tag)

	// Shadowing: Loud.Get wins over Counter.Get; the promoted one is still reachable.
	l := Loud{Counter{2}}
	l.Inc()
	fmt.Println(l.Get(), l.Counter.Get())

	// Methods of embedded non-struct types.
	rd := Reading{20, "lab"}
	rd.Warm(5)
	fmt.Println(rd.Fahrenheit(), rd.Celsius)

	// Method values: the receiver (and the path to it) is evaluated at the selector.
	get := nm.Get
	inc := nm.Inc
	nm.n = 100
	inc()
	fmt.Println(get(), nm.n)
	rget := r.Get
	r.Counter = &Counter{-1}
	fmt.Println(rget(), r.Get())
	fget := rd.Fahrenheit
	rd.Celsius = 0
	fmt.Println(fget(), rd.Fahrenheit())
	add := pn.Add
	add(1000)
	fmt.Println(nm.n)

	// Method expressions: promoted, value method through a pointer, pointer methods.
	g1 := Named.Get
	g2 := (*Named).Get
	g3 := (*Named).Inc
	g4 := (*Counter).Get
	g5 := Ref.Inc
	g6 := Ref.Get
	g3(&nm)
	g5(r)
	fmt.Println(g1(nm), g2(&nm), g4(&nm.Counter), g6(r))
	fmt.Println(Reading.Fahrenheit(rd), (*Reading).Fahrenheit(&rd))
	(*Reading).Warm(&rd, 100)
	fmt.Println(rd.Celsius)
	fmt.Printf("%T\n%T\n%T\n", g1, g2, g5)
}
