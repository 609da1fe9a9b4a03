// Complex values in memory and in every place a value travels: struct fields (complex64's two
// float32s at offsets 0 and 4, align 4), arrays, slices, maps, channels, closures, defer and
// go statements, interfaces, methods, many parameters and results.
package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"sync"
)

type S struct {
	A int8
	B complex64
	C bool
	D complex128
	E [3]complex64
	F int16
}

type Small struct {
	X complex64
	Y int32
}

type C64 complex64

func (c C64) Abs2() float32    { return real(c)*real(c) + imag(c)*imag(c) }
func (c *C64) Scale(k float32) { *c *= C64(complex(k, 0)) }

type Abser interface{ Abs2() float32 }

func many(a complex64, b complex128, c complex64, d complex128, e complex64, f complex128, g int, h complex128, i complex64) (complex128, complex64, complex128) {
	return b + d + f + h + complex(float64(g), 0), a + c + e + i, complex128(a) * d
}

func sum(xs ...complex64) (s complex64) {
	for _, x := range xs {
		s += x
	}
	return
}

func pair() (float64, float64) { return 1.5, -2.5 }

func main() {
	s := S{1, 1 + 2i, true, 3 - 4i, [3]complex64{5, 6i, 7 + 7i}, -9}
	fmt.Printf("%v %d\n", s, binary.Size(s))
	// encoding/binary reads fields at the offsets of the type descriptor: the bytes show
	// that they are where compiled code put them.
	var buf bytes.Buffer
	binary.Write(&buf, binary.LittleEndian, s)
	fmt.Println(buf.Bytes())
	var s2 S
	binary.Read(bytes.NewReader(buf.Bytes()), binary.BigEndian, &s2)
	fmt.Println(s2)
	p := &s.B
	*p *= 2
	s.E[1] += 1
	q := &s.E[2]
	*q = -*q
	fmt.Println(s.B, s.E, s.D, s.F, s.A, s.C)
	t := s
	t.D = 0
	fmt.Println(t == s, t.E == s.E, t)

	arr := [4]Small{{1, 1}, {2i, 2}, {3, 3}}
	arr2 := arr
	arr2[1].X = 9
	fmt.Println(arr, arr2, arr == arr2, len(arr))

	sl := make([]complex64, 0, 1)
	for i := 0; i < 5; i++ {
		sl = append(sl, complex(float32(i), float32(-i)))
	}
	cp := make([]complex64, 3)
	n := copy(cp, sl[2:])
	fmt.Println(sl, cp, n, sl[1:3])
	for i, v := range sl {
		sl[i] = v * v
	}
	fmt.Println(sl)
	big := make([]complex128, 2)
	big[1] = 1i
	big = append(big, big...)
	fmt.Println(big)

	m := map[string]complex64{"a": 1}
	m["b"] = 2i
	m["a"] += 3
	v, ok := m["c"]
	fmt.Println(m, v, ok)
	ms := map[int]Small{1: {1i, 1}}
	fmt.Println(ms[1], ms[2])

	ch := make(chan complex64, 2)
	ch <- 1 + 1i
	ch <- 2
	fmt.Println(<-ch, <-ch)
	uch := make(chan complex128)
	go func() { uch <- 3i }()
	fmt.Println(<-uch)
	sch := make(chan Small, 1)
	sch <- Small{5i, 5}
	fmt.Println(<-sch)

	var wg sync.WaitGroup
	res := make([]complex128, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int, c complex128, d complex64) {
			defer wg.Done()
			res[i] = c * complex128(d)
		}(i, complex(float64(i), 1), complex64(1i))
	}
	wg.Wait()
	fmt.Println(res)

	acc := complex64(0)
	add := func(x complex64) { acc += x }
	add(1)
	add(2i)
	mul := func(k complex128) func(complex128) complex128 {
		return func(x complex128) complex128 { return x * k }
	}
	fmt.Println(acc, mul(2i)(3))

	func() {
		x := complex64(1)
		defer fmt.Println("deferred", x, complex128(x)+1i)
		for i := 0; i < 2; i++ {
			defer func(c complex64) { fmt.Println("loop defer", c) }(complex(float32(i), 1))
		}
		x = 100
	}()

	c := C64(3 + 4i)
	var ab Abser = c
	fmt.Println(c.Abs2(), ab.Abs2())
	c.Scale(2)
	fmt.Println(c, ab)
	pc := &c
	pc.Scale(0.5)
	fmt.Println(*pc)

	r1, r2, r3 := many(1, 2, 3, 4, 5, 6, 7, 8, 9)
	fmt.Println(r1, r2, r3, sum(), sum(1, 2i, 3))
	fmt.Println(complex(pair()), real(complex(pair())))

	var iface interface{} = s
	back := iface.(S)
	fmt.Println(back.B, back.E[2])
	var ic interface{} = complex64(1.5i)
	if cc, ok := ic.(complex64); ok {
		fmt.Println("complex64", cc)
	}
	if _, ok := ic.(complex128); !ok {
		fmt.Println("not complex128")
	}
	pn := new(complex128)
	*pn = 1i
	fmt.Println(*pn)
}
