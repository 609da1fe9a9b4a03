// Zero values of type parameters: var zero T, *new(T), T{} style via composite of core type, returning zero, comparing with zero for comparable T.
package main

import (
	"errors"
	"fmt"
)

func Zero[T any]() T {
	var zero T
	return zero
}

func NewZero[T any]() T {
	return *new(T)
}

func IsZero[T comparable](v T) bool {
	var zero T
	return v == zero
}

func FirstNonZero[T comparable](xs ...T) T {
	for _, x := range xs {
		if !IsZero(x) {
			return x
		}
	}
	return *new(T)
}

func Find[T any](xs []T, pred func(T) bool) (T, error) {
	for _, x := range xs {
		if pred(x) {
			return x, nil
		}
	}
	var zero T
	return zero, errors.New("not found")
}

func Reset[T any](p *T) {
	var zero T
	*p = zero
}

func NamedZero[T any]() (result T) {
	return
}

func PtrTo[T any](v T) *T { return &v }

type Point struct {
	X, Y int
	Tag  string
}

type Option[T any] struct {
	v  T
	ok bool
}

func main() {
	fmt.Printf("%v %q %v %v\n", Zero[int](), Zero[string](), Zero[float64](), Zero[bool]())
	fmt.Printf("%v %v %v\n", Zero[[]int]() == nil, Zero[map[string]int]() == nil, Zero[*Point]() == nil)
	fmt.Printf("%+v %v\n", Zero[Point](), Zero[[3]int]())
	fmt.Printf("%v %v\n", Zero[error]() == nil, Zero[func()]() == nil)
	fmt.Printf("%+v\n", Zero[Option[string]]())
	fmt.Println(Zero[any]())

	fmt.Printf("%v %q %+v\n", NewZero[int](), NewZero[string](), NewZero[Point]())
	fmt.Println(NamedZero[float64](), NamedZero[[]string]() == nil)

	fmt.Println(IsZero(0), IsZero(1), IsZero(""), IsZero("x"), IsZero(Point{}), IsZero(Point{Tag: "t"}))
	var np *Point
	fmt.Println(IsZero(np), IsZero(&Point{}), IsZero(0.0), IsZero([2]bool{}))

	fmt.Println(FirstNonZero(0, 0, 3, 4), FirstNonZero("", "b"), FirstNonZero[int]())
	fmt.Printf("%+v\n", FirstNonZero(Point{}, Point{1, 0, ""}))

	v, err := Find([]string{"a", "bb"}, func(s string) bool { return len(s) > 1 })
	fmt.Printf("%q %v\n", v, err)
	w, err := Find([]int{1, 3}, func(i int) bool { return i%2 == 0 })
	fmt.Printf("%v %v\n", w, err)
	p, err := Find([]Point{{1, 2, "a"}}, func(p Point) bool { return p.X > 5 })
	fmt.Printf("%+v %v\n", p, err)

	x := 42
	Reset(&x)
	s := []int{1, 2}
	Reset(&s)
	pt := Point{1, 2, "z"}
	Reset(&pt)
	fmt.Println(x, s == nil, pt)

	ip := PtrTo(5)
	*ip++
	sp := PtrTo("s")
	fmt.Println(*ip, *sp, *PtrTo(Point{X: 9}))
}
