// Methods on generic types with value and pointer receivers: copies vs mutation, addressable auto-&, methods calling methods, receiver type param renaming.
package main

import "fmt"

type Counter[T ~int | ~float64] struct {
	n    T
	name string
}

// Value receiver: mutation only affects the copy.
func (c Counter[T]) IncCopy() Counter[T] {
	c.n++
	return c
}

// Pointer receiver mutates.
func (c *Counter[T]) Inc() { c.n++ }

func (c *Counter[T]) Add(d T) *Counter[T] {
	c.n += d
	return c
}

func (c Counter[T]) Value() T { return c.n }

// Receiver type parameter named differently from the declaration.
func (c Counter[X]) Describe() string {
	var zero X
	return fmt.Sprintf("%s=%v (zero %v)", c.name, c.n, zero)
}

type Matrix[T ~int | ~float64] struct {
	rows, cols int
	data       []T
}

func NewMatrix[T ~int | ~float64](r, c int) *Matrix[T] {
	return &Matrix[T]{rows: r, cols: c, data: make([]T, r*c)}
}

func (m *Matrix[T]) Set(r, c int, v T) { m.data[r*m.cols+c] = v }
func (m Matrix[T]) At(r, c int) T      { return m.data[r*m.cols+c] }

func (m Matrix[T]) Mul(o Matrix[T]) *Matrix[T] {
	out := NewMatrix[T](m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var s T
			for k := 0; k < m.cols; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			out.Set(i, j, s)
		}
	}
	return out
}

func (m Matrix[T]) String() string {
	s := ""
	for i := 0; i < m.rows; i++ {
		s += fmt.Sprint(m.data[i*m.cols : (i+1)*m.cols])
		if i < m.rows-1 {
			s += "\n"
		}
	}
	return s
}

type Named[T any] struct{ v T }

func (n *Named[T]) Set(v T) { n.v = v }
func (n Named[T]) Get() T   { return n.v }

func main() {
	c := Counter[int]{name: "ints"}
	c2 := c.IncCopy()
	fmt.Println(c.Value(), c2.Value())
	c.Inc() // addressable variable: (&c).Inc()
	c.Inc()
	fmt.Println(c.Value())
	c.Add(10).Add(5).Inc()
	fmt.Println(c.Describe())

	pc := &Counter[float64]{name: "floats"}
	pc.Add(0.5)
	fmt.Println(pc.Value(), pc.IncCopy().Value(), pc.Value()) // value method through pointer
	fmt.Println(pc.Describe())

	cs := []Counter[int]{{name: "a"}, {name: "b"}}
	for i := range cs {
		cs[i].Inc()
	}
	for _, x := range cs {
		x.Inc() // copy
	}
	fmt.Println(cs[0].Value(), cs[1].Value())

	m := map[string]*Counter[int]{"k": {name: "k"}}
	m["k"].Add(3)
	fmt.Println(m["k"].Describe())

	a := NewMatrix[int](2, 3)
	b := NewMatrix[int](3, 2)
	for i := 0; i < 6; i++ {
		a.data[i] = i + 1
		b.data[i] = 6 - i
	}
	fmt.Println(a.Mul(*b))
	id := NewMatrix[float64](2, 2)
	id.Set(0, 0, 1)
	id.Set(1, 1, 1)
	f := NewMatrix[float64](2, 2)
	copy(f.data, []float64{0.5, 1.5, 2.5, 3.5})
	fmt.Println(f.Mul(*id).String())

	var n Named[[]string]
	n.Set([]string{"x"})
	fmt.Println(n.Get(), len(n.Get()))
	pn := &n
	pn.Set(append(pn.Get(), "y"))
	fmt.Println(n.Get())
}
