// Complex values as map keys (+0 and -0 are one key, NaN keys are never found) and in
// interfaces: comparisons of interfaces holding complex numbers, type switches, assertions.
package main

import (
	"fmt"
	"math"
)

type K struct {
	A complex64
	B string
}

type C complex128

func main() {
	nz := math.Copysign(0, -1)
	nan := math.NaN()
	m := map[complex128]int{}
	m[0] = 1
	m[complex(nz, nz)] = 2
	m[complex(0, nz)]++
	m[1i] = 3
	m[complex(nan, 0)] = 4
	m[complex(nan, 0)] = 5
	fmt.Println(len(m), m[0], m[1i], m[complex(nan, 0)])
	delete(m, complex(nz, 0))
	fmt.Println(len(m))
	n := 0
	for k, v := range m {
		if k != k {
			n += v
		}
	}
	fmt.Println("NaN keys sum", n)

	m64 := map[complex64]string{1: "one", 1i: "i", -1: "minus one", 1 - 1i: "x", 2 + 1i: "y"}
	fmt.Println(m64)
	mk := map[K]int{{1i, "a"}: 1, {1i, "b"}: 2}
	mk[K{complex64(complex(0, 1)), "a"}] += 10
	fmt.Println(mk)
	ma := map[[2]complex128]bool{{1, 2}: true}
	fmt.Println(ma[[2]complex128{1, 2}], ma[[2]complex128{2, 1}])
	mc := map[C]int{1i: 1}
	fmt.Println(mc)

	mi := map[interface{}]int{}
	mi[1i] = 1
	mi[complex64(1i)] = 2
	mi[C(1i)] = 3
	mi[complex(nz, 1)] = 4 // the same key as 1i
	mi[complex(nan, nan)] = 5
	fmt.Println(len(mi), mi[1i], mi[complex64(1i)], mi[C(1i)])

	var x, y interface{} = 1 + 2i, 1 + 2i
	var z interface{} = complex64(1 + 2i)
	var w interface{} = complex(nan, 0)
	var nzi interface{} = complex(nz, 0)
	var zero interface{} = 0i
	fmt.Println(x == y, x == z, x != z, w == w, nzi == zero, x == 1+2i, z == complex64(1+2i))
	ks := []interface{}{K{1, "k"}, K{1, "k"}}
	fmt.Println(ks[0] == ks[1])

	for _, v := range []interface{}{1i, complex64(2i), C(3i), 4.0, nil} {
		switch t := v.(type) {
		case complex64:
			fmt.Println("complex64", t, real(t))
		case complex128:
			fmt.Println("complex128", t, imag(t))
		case C:
			fmt.Println("C", t)
		default:
			fmt.Printf("other %T\n", t)
		}
	}
	var e error
	func() {
		defer func() { fmt.Println("recovered", recover()) }()
		_ = x.(complex64)
	}()
	fmt.Println(e == nil)
}
