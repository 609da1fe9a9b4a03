// Order of evaluation of operands converted to interfaces: gc copies such an operand where it
// stands (before later calls) when the conversion passes it by address — bool, int8, uint8,
// structs and arrays that are not one word, pointers, maps, chans, funcs — unless it is a
// global variable or an addressable expression other than a variable's name; 2-, 4- and
// 8-byte plain values, strings and slices are read late. The same copying applies to struct
// and array comparisons and to the keys of maps without a fast runtime path.
package main

import "fmt"

type S struct{ a, b int }

type W struct{ p S }

type One struct{ a int }

type Str struct{ s string }

type B2 struct{ a, b int8 }

var gs S
var gb bool
var gp *int

func anys(a, b any) { fmt.Println(a, b) }

func param(b bool, s S, i int) {
	fmt.Println(b, s, i, func() int { b = !b; s.a = 9; i = 9; return 0 }())
}

func main() {
	var (
		b   bool
		i8  int8
		u8  uint8
		i16 int16
		i32 int32
		f32 float32
		f64 float64
		st  S
		one One
		str Str
		b2  B2
		p   *int
		s   string
		sl  []int
		arr [2]int
		a1  [1]int
		m   map[int]int
		c   chan int
		fn  func()
		e   error
	)
	q := new(int)
	mp := map[int]int{1: 1}
	ch := make(chan int)
	h := func() int {
		b, i8, u8, i16, i32, f32, f64 = true, 1, 2, 3, 4, 5, 6
		st, one, str, b2 = S{1, 2}, One{3}, Str{"x"}, B2{1, 2}
		p, s, sl, arr, a1 = q, "s", []int{1}, [2]int{1, 1}, [1]int{7}
		m, c, fn, e = mp, ch, func() {}, fmt.Errorf("err")
		gs, gb, gp = S{3, 4}, true, q
		return 0
	}
	fmt.Println(b, i8, u8, i16, i32, f32, f64, h())
	b, i8, u8, i16, i32, f32, f64 = false, 0, 0, 0, 0, 0, 0
	fmt.Println(st, one, str, b2, h())
	st, one, str, b2 = S{}, One{}, Str{}, B2{}
	fmt.Println(p == nil, s, sl, arr, a1, h())
	p, s, sl, arr, a1 = nil, "", nil, [2]int{}, [1]int{}
	fmt.Println(m == nil, c == nil, fn == nil, e, h())
	m, c, fn, e, p = nil, nil, nil, nil, nil
	fmt.Println(p, m, h())
	gs, gb, gp = S{}, false, nil
	fmt.Println(gs, gb, gp == nil, h())

	// Expressions that are not addressable are copied; fields, elements and derefs are not.
	st = S{}
	sx := func() int { st = S{5, 6}; return 0 }
	fmt.Println(st.a, st, sx())
	st = S{}
	w := W{}
	fmt.Println(w.p, func() int { w.p = S{1, 1}; return 0 }())
	ar := [2]S{}
	k := 0
	fmt.Println(ar[k], func() int { ar[0] = S{5, 5}; k = 1; ar[1] = S{6, 6}; return 0 }())
	ps := &S{}
	fmt.Println(*ps, func() int { *ps = S{7, 7}; return 0 }())
	u8 = 1
	fmt.Println(u8+1, func() int { u8 = 5; return 0 }())
	f32 = 1
	fmt.Println(f32+1, func() int { f32 = 5; return 0 }())
	x := 1
	fmt.Println(x == 1, !(x == 1), x+1, func() int { x = 2; return 0 }())
	str2 := "ab"
	fmt.Println(str2[0], str2[1:], func() int { str2 = "xy"; return 0 }())
	bs := []byte("ab")
	fmt.Println(bs[0], string(bs), func() int { bs[0] = 'z'; return 0 }())
	st = S{}
	fmt.Println(S{st.a, 1}, One{st.a}, func() int { st.a = 3; return 0 }())

	// Explicit conversions, variadic and fixed interface parameters.
	b = false
	anys(b, func() int { b = true; return 0 }())
	b = false
	fmt.Println(any(b), interface{}(x), func() int { b = true; x = 3; return 0 }())
	param(true, S{1, 1}, 1)
	bb := true
	func() { anys(bb, func() int { bb = false; return 0 }()) }()

	// Assignments and returns to interface types.
	var r1, r2 any
	b = false
	r1, r2 = b, func() int { b = true; return 0 }()
	fmt.Println(r1, r2)
	x = 1
	r1, r2 = x, func() int { x = 2; return 0 }()
	fmt.Println(r1, r2)
	fmt.Println(retIface())
	list := []any{b, x, func() int { b = false; x = 7; return 0 }()}
	fmt.Println(list...)

	// Struct and array comparisons copy operands that are variables' names.
	s1, s2 := S{}, S{}
	sa := func() bool { s1.a = 1; return true }
	fmt.Println((s1 == s2) == sa())
	s1 = S{}
	fmt.Println(sa() == (s1 == s2))
	s1 = S{}
	ws := W{}
	fmt.Println((ws.p == s2) == func() bool { ws.p.a = 1; return true }())
	x1, x2 := 1, 1
	cmp := func(a, b bool) { fmt.Println(a, b) }
	cmp(x1 == x2, func() int { x1 = 2; return 0 }() == 0)
	var ei any = 1
	x = 1
	fmt.Println(ei == x, func() int { x = 2; return 0 }())

	// Map keys: fast key types are read late, others copied.
	mb := map[bool]int{false: 1, true: 2}
	kb := false
	fmt.Println(mb[kb] + func() int { kb = true; return 0 }())
	mi := map[int]int{0: 1, 1: 2}
	ki := 0
	fmt.Println(mi[ki] + func() int { ki = 1; return 0 }())
	ma := map[any]int{0: 1, 1: 2}
	ki = 0
	fmt.Println(ma[ki] + func() int { ki = 1; return 0 }())
	mst := map[S]int{{0, 0}: 1, {1, 1}: 2}
	pk := S{}
	fmt.Println(mst[pk] + func() int { pk = S{1, 1}; return 0 }())
	wk := W{}
	fmt.Println(mst[wk.p] + func() int { wk.p = S{1, 1}; return 0 }())
	mf := map[float64]int{0: 1, 1: 2}
	fk := 0.0
	fmt.Println(mf[fk] + func() int { fk = 1; return 0 }())
	ms := map[string]int{"a": 1, "b": 2}
	sk := "a"
	fmt.Println(ms[sk] + func() int { sk = "b"; return 0 }())
	m32 := map[int32]int{0: 1, 1: 2}
	var k32 int32
	fmt.Println(m32[k32] + func() int { k32 = 1; return 0 }())
	m16 := map[int16]int{0: 1, 1: 2}
	var k16 int16
	fmt.Println(m16[k16] + func() int { k16 = 1; return 0 }())
}

func retIface() (any, any) {
	b := false
	s := "x"
	return b, s + func() string { b = true; s = "y"; return "" }()
}
