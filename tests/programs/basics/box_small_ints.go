// Integers converted to interfaces: values below 256 share Go's static boxes (no allocation),
// others get their own; every width and signedness, negative values, the 255/256 boundary,
// named types with methods, comparisons, type switches and copies out stay independent.
package main

import "fmt"

type Small uint8

func (s Small) String() string { return fmt.Sprintf("Small(%d)", uint8(s)) }

type Level int32

func (l *Level) Inc() { *l++ }

type Counter interface{ Inc() }

func box(v interface{}) interface{} { return v }

func main() {
	var vals []interface{}
	for i := 250; i < 260; i++ {
		vals = append(vals, box(i), box(int8(i)), box(uint8(i)), box(int16(i)), box(uint16(i)),
			box(int32(i)), box(uint32(i)), box(int64(i)), box(uint64(i)), box(uintptr(i)))
	}
	for i := -3; i < 3; i++ {
		vals = append(vals, box(i), box(int8(i)), box(int64(i)), box(rune(i)))
	}
	for _, b := range []bool{true, false} {
		vals = append(vals, box(b))
	}
	for _, v := range vals {
		fmt.Printf("%T=%v ", v, v)
	}
	fmt.Println()

	// Equal values are equal whether or not they share a box; different types never are.
	a, b := box(7), box(7)
	c, d := box(300), box(300)
	fmt.Println(a == b, c == d, box(int8(7)) == box(7), box(uint8(7)) == box(byte(7)))

	// A value copied out of an interface is a copy.
	x := box(5)
	y := x.(int)
	y++
	fmt.Println(x, y, box(5))

	// Named types keep their methods.
	fmt.Println(box(Small(3)), box(Small(200)))
	var s fmt.Stringer = Small(9)
	fmt.Println(s.String())

	// A pointer method through an interface changes the variable, never a shared box.
	lv := Level(4)
	var ctr Counter = &lv
	ctr.Inc()
	fmt.Println(lv, box(Level(4)), box(Level(5)))

	switch v := box(uint16(42)).(type) {
	case int:
		fmt.Println("int", v)
	case uint16:
		fmt.Println("uint16", v+1)
	}
	m := map[interface{}]int{}
	for i := 0; i < 300; i += 50 {
		m[i] = i
		m[int8(i)] = -i
	}
	fmt.Println(len(m), m[100], m[int8(100)], m[250])
}
