// Type-set constraints: ~T, unions like ~int | ~float64, exact (non-tilde) types, named types satisfying tilde terms.
package main

import (
	"fmt"
	"time"
)

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Unsigned interface {
	~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

type Float interface {
	~float32 | ~float64
}

type Number interface {
	Integer | Unsigned | Float
}

// Exact types only (no tilde): a named int type does not satisfy this.
type ExactInt interface {
	int | int64
}

type MyInt int
type MyFloat float64
type Bytes uint8

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Double[T ExactInt](x T) T { return x * 2 }

func Avg[T ~int | ~float64](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	var s T
	for _, x := range xs {
		s += x
	}
	return float64(s) / float64(len(xs))
}

type StringLike interface {
	~string
}

type Path string

func Concat[S StringLike](a, b S) S {
	return a + "/" + b
}

func Describe[T ~int | ~string](x T) string {
	return fmt.Sprintf("%v(%T)", x, x)
}

func main() {
	fmt.Println(Sum(1, 2, 3))
	fmt.Println(Sum[int8](100, 27))
	fmt.Println(Sum[int8](100, 27, 1))
	fmt.Println(Sum[uint8](200, 100))
	fmt.Println(Sum(1.5, 2.25))
	fmt.Println(Sum[float32](0.1, 0.2))
	fmt.Println(Sum(MyInt(4), MyInt(5)))
	fmt.Println(Sum(MyFloat(0.5), 0.25))
	fmt.Println(Sum(Bytes(250), Bytes(10)))
	fmt.Println(Sum(time.Second, 500*time.Millisecond))
	fmt.Println(Sum[uintptr](1, 2))
	fmt.Println(Sum[int]())

	fmt.Println(Double(21), Double(int64(1)<<40))

	fmt.Println(Avg([]int{1, 2, 4}))
	fmt.Println(Avg([]MyFloat{1.5, 2.5}))
	fmt.Println(Avg([]MyInt{}))

	fmt.Println(Concat("usr", "bin"))
	p := Concat(Path("home"), Path("user"))
	fmt.Printf("%v %T\n", p, p)

	fmt.Println(Describe(3), Describe("s"), Describe(MyInt(7)), Describe(Path("p")))
}
