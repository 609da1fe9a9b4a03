// Function argument type inference: typed args, untyped constants (default types), mixing typed and untyped, inference from composite args.
package main

import (
	"fmt"
	"time"
)

type Number interface {
	~int | ~int8 | ~int32 | ~int64 | ~uint8 | ~float32 | ~float64
}

func Max[T Number](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Show[T any](x T) string {
	return fmt.Sprintf("%v:%T", x, x)
}

func Pair[A, B any](a A, b B) string {
	return fmt.Sprintf("%T,%T", a, b)
}

func SliceOf[T any](xs ...T) []T {
	return xs
}

func MapVals[K comparable, V any](m map[K]V, k K) V {
	return m[k]
}

func CallWith[T, R any](f func(T) R, x T) R {
	return f(x)
}

type Celsius float64

func main() {
	// Untyped constants use their default types.
	fmt.Println(Show(1))
	fmt.Println(Show(2.5))
	fmt.Println(Show('a'))
	fmt.Println(Show("s"))
	fmt.Println(Show(true))
	fmt.Println(Show(1 << 10))
	fmt.Println(Show(7.0))
	fmt.Println(Pair(1, 1.0))

	// Same untyped kind: int, or float64.
	fmt.Println(Show(Max(1, 2)))
	fmt.Println(Show(Max(1.0, 2.5)))
	fmt.Println(Show(Max(1e3, 2.0)))

	// A typed argument fixes T; the untyped constant is converted to it.
	var i8 int8 = 100
	fmt.Println(Show(Max(i8, 27)))
	fmt.Println(Show(Max(1, i8)))
	var f32 float32 = 1.25
	fmt.Println(Show(Max(f32, 2)))
	fmt.Println(Show(Max(2, f32)))
	c := Celsius(20)
	fmt.Println(Show(Max(c, 36.6)))
	fmt.Println(Show(Max(3*time.Second, 2000000000)))
	var u uint8 = 200
	fmt.Println(Show(Max('A', u)))

	// Explicit instantiation lets mixed constants through.
	fmt.Println(Show(Max[float64](1, 2.5)))
	fmt.Println(Show(Max[int64](1<<40, 3)))

	// Inference from composite types.
	fmt.Println(Show(SliceOf(1, 2, 3)))
	fmt.Println(Show(SliceOf("a", "b")))
	fmt.Println(Show(SliceOf(1.5)))
	fmt.Println(Show(SliceOf[int8]()))
	fmt.Println(MapVals(map[string]float64{"pi": 3.14}, "pi"))
	fmt.Println(Show(MapVals(map[rune]bool{'x': true}, 'x')))
	fmt.Println(Show(CallWith(func(s string) int { return len(s) }, "four")))
	fmt.Println(Show(CallWith(func(f float64) bool { return f > 1 }, 2)))
}
