// fmt's verbs, flags, widths and precisions on complex64, complex128 and a named complex
// type, alone and inside structs, slices and maps.
package main

import (
	"fmt"
	"math"
)

type C complex128

type S struct {
	A complex64
	B complex128
	C C
}

func main() {
	inf := math.Inf(1)
	nan := math.NaN()
	negz := math.Copysign(0, -1)
	vals := []complex128{0, 1 + 2i, -1.5 - 0.25i, complex(inf, -inf), complex(nan, 1), complex(negz, negz), 1e21 + 1e-7i, 123456789 + 0.000001234i, complex(math.MaxFloat64, math.SmallestNonzeroFloat64)}
	verbs := []string{"%v", "%g", "%e", "%E", "%f", "%F", "%G", "%b", "%x", "%X", "%+v", "%#v", "%.2f", "%8.3f", "%-20.3e|", "%+.1g", "% .2f", "%020.4f", "%#g", "%.0f", "%10v|", "%-12v|", "%.3x", "%d", "%s", "%q", "%t", "%T", "%6.2v|", "%#.3x", "%+020.3e"}
	for _, v := range vals {
		for _, vb := range verbs {
			fmt.Printf(vb+"\n", v)
		}
		fmt.Printf("%v %v\n", complex64(v), C(v))
		fmt.Printf("%.3g %#v %T %T\n", complex64(v), complex64(v), complex64(v), C(v))
	}
	s := S{1 + 1i, 2 - 2i, 3i}
	fmt.Printf("%v\n%+v\n", s, s)
	fmt.Printf("%#v\n", S{1, 2, 3})
	fmt.Println([]complex64{1, 2i}, [2]complex128{-1i, 1}, map[complex128]string{1i: "a", 1: "b", -1: "c", 1 - 1i: "d"})
	fmt.Printf("%#v %#v\n", []complex64{1, 2i}, map[C]bool{1: true})
	fmt.Print(1+2i, 3i, "\n")
	fmt.Print(1+2i, "x", 3i, "\n")
	fmt.Println(fmt.Sprint(complex64(1.1)), fmt.Sprintf("%v", complex64(1.1)+0.1i))
	var i interface{} = complex64(2)
	fmt.Printf("%v %T\n", i, i)
	fmt.Printf("%*.*f|\n", 12, 2, 1+2i)
	fmt.Printf("%[2]v %[1]v\n", 1i, 2i)
	fmt.Printf("%v\n", []interface{}{1i, complex64(1i), nil})
	fmt.Printf("%x %X\n", []complex128{1, 2}, 255+255i)
	fmt.Printf("%08.3f|%-8.3f|%+8.3f|\n", 1-1i, 1-1i, 1-1i)
	fmt.Printf("%v %v\n", complex(float32(0.1), 0.2), complex(0.1, float64(float32(0.2))))
}
