// Type switches and type assertions on any(x) inside generic functions, including case T, case []T, case Stack[T]; results depend on instantiation.
package main

import (
	"fmt"
	"strconv"
)

type MyInt int

func Kind[T any](x T) string {
	switch v := any(x).(type) {
	case nil:
		return "nil"
	case int:
		return "int " + strconv.Itoa(v)
	case string:
		return "string " + strconv.Quote(v)
	case fmt.Stringer:
		return "stringer " + v.String()
	case []int:
		return fmt.Sprintf("[]int len %d", len(v))
	case error:
		return "error " + v.Error()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func (m MyInt) String() string { return "MyInt(" + strconv.Itoa(int(m)) + ")" }

// case T with another type parameter: which case matches depends on the instantiation.
func Classify[T, U any](x any) string {
	switch x.(type) {
	case T:
		return "T"
	case U:
		return "U"
	case []T:
		return "[]T"
	case map[string]U:
		return "map[string]U"
	}
	return "neither"
}

func CountOf[T any](xs []any) int {
	n := 0
	for _, x := range xs {
		if _, ok := x.(T); ok {
			n++
		}
	}
	return n
}

func AsOr[T any](x any, def T) T {
	if v, ok := x.(T); ok {
		return v
	}
	return def
}

func ToString[T any](x T) string {
	switch v := any(x).(type) {
	case int, int64:
		return fmt.Sprintf("integer:%d", v)
	case float64:
		return "float:" + strconv.FormatFloat(v, 'g', -1, 64)
	case bool:
		if v {
			return "yes"
		}
		return "no"
	}
	return "?"
}

type Stack[T any] struct{ items []T }

func IsStackOf[T any](x any) bool {
	switch x.(type) {
	case Stack[T], *Stack[T]:
		return true
	}
	return false
}

func main() {
	fmt.Println(Kind(42))
	fmt.Println(Kind("hi"))
	fmt.Println(Kind(MyInt(3)))
	fmt.Println(Kind([]int{1, 2}))
	fmt.Println(Kind(fmt.Errorf("bad")))
	fmt.Println(Kind(3.5))
	fmt.Println(Kind[any](nil))
	fmt.Println(Kind[error](nil))
	fmt.Println(Kind[fmt.Stringer](MyInt(9)))

	fmt.Println(Classify[int, string](1), Classify[int, string]("s"), Classify[string, int]("s"))
	fmt.Println(Classify[int, string]([]int{}), Classify[int, string](map[string]string{}), Classify[int, string](2.0))
	fmt.Println(Classify[MyInt, int](MyInt(1)), Classify[MyInt, int](1))
	fmt.Println(Classify[int, int](5), Classify[fmt.Stringer, any](MyInt(1)), Classify[fmt.Stringer, any](7))

	mixed := []any{1, "a", 2, 3.0, "b", MyInt(4), nil}
	fmt.Println(CountOf[int](mixed), CountOf[string](mixed), CountOf[float64](mixed), CountOf[fmt.Stringer](mixed), CountOf[any](mixed))

	fmt.Println(AsOr(mixed[1], "def"), AsOr(mixed[0], "def"), AsOr[int](mixed[2], -1), AsOr[error](nil, nil) == nil)

	fmt.Println(ToString(5), ToString(int64(6)), ToString(2.5), ToString(true), ToString(MyInt(1)), ToString[int32](3))

	fmt.Println(IsStackOf[int](Stack[int]{}), IsStackOf[int](&Stack[int]{}), IsStackOf[string](Stack[int]{}), IsStackOf[int](5))
}
