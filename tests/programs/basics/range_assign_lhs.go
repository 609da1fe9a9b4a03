package main

import "fmt"

// A range loop that assigns to existing operands (`for a[f()] = range s`) evaluates them at
// each iteration, like an assignment statement: never when there is nothing to range over.
// The values are converted to the left side's type (an interface, for instance).

var calls int

func idx() int {
	calls++
	return calls % 2
}

func main() {
	for _, n := range []int{0, 1, 3} {
		calls = 0
		s := make([]byte, n)
		var a [2]int
		for a[idx()] = range s {
		}
		fmt.Println(n, calls, a)
	}

	calls = 0
	var keys, vals [2]string
	for keys[idx()], vals[idx()] = range map[string]string{"k": "v"} {
	}
	fmt.Println(calls, keys, vals)

	calls = 0
	var runes [2]rune
	var pos [2]int
	for pos[idx()], runes[idx()] = range "hé!" {
	}
	fmt.Println(calls, pos, string(runes[:]))

	var k, v any
	for k, v = range []string{"a", "b"} {
	}
	fmt.Println(k, v)
	for k, v = range "hé" {
	}
	fmt.Printf("%v %v %T\n", k, v, v)
	for k, v = range map[string]int{"x": 1} {
	}
	fmt.Println(k, v)

	m := map[int]int{}
	for m[len(m)] = range [3]struct{}{} {
	}
	fmt.Println(m)

	type P struct{ i, v int }
	var p *P = &P{}
	for p.i, p.v = range []int{10, 20} {
	}
	fmt.Println(*p)

	// A blank value is no value: a nil pointer to an array is not dereferenced.
	var arr *[4]int
	sum := 0
	for i, _ := range arr {
		sum += i
	}
	var j int
	for j, _ = range arr {
	}
	fmt.Println("nil array pointer, blank value:", sum, j)

	defer func() { fmt.Println("recovered:", recover()) }()
	var np *P
	for np.i = range []int{} {
	}
	fmt.Println("empty range: nil pointer not touched")
	for np.i = range []int{1} {
	}
}
