// Panics and recover inside generic functions and methods: recovering typed panic values, re-panicking, runtime errors (index, nil map, divide) in generic code.
package main

import (
	"errors"
	"fmt"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) MustPop() T {
	if len(s.items) == 0 {
		panic("pop from empty stack")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func (s *Stack[T]) TryPop() (v T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return s.MustPop(), nil
}

func Safe[T any](f func() T) (result T, err error) {
	defer func() {
		if r := recover(); r != nil {
			switch x := r.(type) {
			case error:
				err = x
			case string:
				err = errors.New(x)
			default:
				err = fmt.Errorf("panic value %v of type %T", x, x)
			}
		}
	}()
	return f(), nil
}

func At[T any](xs []T, i int) T { return xs[i] }

func Div[T ~int | ~int64](a, b T) T { return a / b }

func Store[K comparable, V any](m map[K]V, k K, v V) { m[k] = v }

type ValueErr[T any] struct{ V T }

func (e ValueErr[T]) Error() string { return fmt.Sprintf("bad value %v", e.V) }

func Check[T comparable](v, bad T) T {
	if v == bad {
		panic(ValueErr[T]{v})
	}
	return v
}

func Repanic[T any](v T) (out string) {
	defer func() {
		r := recover()
		out = fmt.Sprintf("outer got %v", r)
	}()
	func() {
		defer func() {
			r := recover()
			panic(fmt.Sprintf("re(%v)", r))
		}()
		panic(v)
	}()
	return "unreachable"
}

func main() {
	var s Stack[int]
	s.Push(1)
	v, err := s.TryPop()
	fmt.Println(v, err)
	v, err = s.TryPop()
	fmt.Println(v, err)

	r1, err := Safe(func() string { return At([]string{"a"}, 0) })
	fmt.Printf("%q %v\n", r1, err)
	r2, err := Safe(func() float64 { return At([]float64{1}, 5) })
	fmt.Println(r2, err)
	r3, err := Safe(func() int { return Div(10, 0) })
	fmt.Println(r3, err)
	r4, err := Safe(func() int64 { return Div[int64](10, 3) })
	fmt.Println(r4, err)
	_, err = Safe(func() bool {
		var m map[string]bool
		Store(m, "k", true)
		return true
	})
	fmt.Println(err)
	_, err = Safe(func() int { return Check(7, 7) })
	fmt.Println(err)
	var ve ValueErr[int]
	asOK := errors.As(err, &ve)
	fmt.Println(asOK, ve.V)
	_, err = Safe(func() string { return Check("ok", "bad") + Check("bad", "bad") })
	fmt.Println(err)
	_, err = Safe(func() struct{} { panic(3.5) })
	fmt.Println(err)
	_, err = Safe(func() []int {
		var st *Stack[int]
		return st.items
	})
	fmt.Println(err)

	fmt.Println(Repanic(42))
	fmt.Println(Repanic[error](errors.New("e")))
}
