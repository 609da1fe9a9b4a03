// Conversions on type parameters: T(x) between numeric type sets, float64(v) of ~int|~float64, []byte(s)/[]rune(s)/string(b) for ~string, string(rune) of integers.
package main

import (
	"fmt"
	"strings"
)

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

type Number interface {
	Integer | ~float32 | ~float64
}

func Convert[To, From Number](x From) To { return To(x) }

func ToFloat[T ~int | ~float64](v T) float64 { return float64(v) }

func Mean[T ~int | ~float64](xs []T) float64 {
	var s float64
	for _, x := range xs {
		s += float64(x)
	}
	return s / float64(len(xs))
}

func FromInt[T Number](i int) T { return T(i) }

func Bytes[S ~string](s S) []byte { return []byte(s) }

func Runes[S ~string](s S) []rune { return []rune(s) }

func Upper[S ~string | ~[]byte](s S) string {
	return strings.ToUpper(string(s))
}

func FromBytes[S ~string](b []byte) S { return S(b) }

func Char[T Integer](c T) string { return string(rune(c)) }

func Truncate[T Integer](f float64) T { return T(f) }

type Celsius float64
type Fahrenheit float64
type Name string
type Blob []byte
type Small int8

func CtoF[C ~float64, F ~float64](c C) F { return F(c*9/5 + 32) }

func main() {
	fmt.Println(Convert[int](3.99), Convert[int](-3.99))
	fmt.Println(Convert[uint8](300), Convert[int8](200), Convert[uint16](-1))
	fmt.Println(Convert[float64](7), Convert[float32](0.1))
	fmt.Println(Convert[Small, int](130), Convert[int64](Small(-5)))
	fmt.Println(ToFloat(3), ToFloat(2.5), ToFloat(Celsius(1.25)))
	fmt.Println(Mean([]int{1, 2}), Mean([]float64{1, 2, 4}))
	fmt.Println(FromInt[float64](3)/2, FromInt[int](3)/2, FromInt[uint8](257))

	b := Bytes("héllo")
	fmt.Println(b, len(b))
	nb := Bytes(Name("ab"))
	fmt.Println(nb)
	r := Runes("héllo")
	fmt.Println(r, len(r))
	fmt.Println(Upper("mixed Case"), Upper([]byte("bytes")), Upper(Blob("blob")), Upper(Name("nm")))
	n := FromBytes[Name]([]byte("from bytes"))
	fmt.Printf("%v %T\n", n, n)

	fmt.Println(Char(65), Char(uint8('z')), Char(int32(0x4e16)), Char(Small(33)))
	fmt.Println(Truncate[int](2.7), Truncate[int64](-2.7), Truncate[uint8](255.9))

	f := CtoF[Celsius, Fahrenheit](100)
	fmt.Printf("%v %T\n", f, f)
	fmt.Println(CtoF[float64, Fahrenheit](-40))
}
