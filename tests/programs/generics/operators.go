// Operators permitted by type sets: + on ~int|~string, < on Ordered, == on comparable, shifts and bit ops on integers, unary minus, %, untyped constants with type params.
package main

import "fmt"

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

type Signed interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Float interface{ ~float32 | ~float64 }

type Ordered interface {
	Integer | Float | ~string
}

func Add[T ~int | ~string](a, b T) T { return a + b }

func Less[T Ordered](a, b T) bool { return a < b }

func Cmp[T Ordered](a, b T) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func Eq[T comparable](a, b T) (bool, bool) { return a == b, a != b }

func Bits[T Integer](x T, s uint) (T, T, T, T, T, T) {
	return x << s, x >> s, x & 0xF, x | 1, x ^ 0x7F, x &^ 3
}

func Neg[T Signed | Float](x T) T { return -x }

func Complement[T Integer](x T) T { return ^x }

func DivMod[T Integer](a, b T) (T, T) { return a / b, a % b }

func Twice[T Integer | Float](x T) T { return x * 2 }

func PlusHalf[T Float](x T) T { return x + 1.5 }

func Incr[T Integer | Float](x T) T {
	x++
	x += 10
	x -= 1
	return x
}

func Shift[T Integer, S Integer](x T, s S) T { return x << s }

func Concat3[T ~string](a, b, c T) T {
	s := a
	s += b
	s += c
	return s + "!"
}

func Not[T ~bool](b T) T { return !b }

type MyStr string
type Flag bool
type U8 uint8

func main() {
	fmt.Println(Add(1, 2), Add("a", "b"), Add(MyStr("x"), "y"))
	fmt.Println(Less(1, 2), Less("b", "a"), Less(2.5, 2.5), Less(U8(3), 200))
	fmt.Println(Cmp(3, 2), Cmp("a", "b"), Cmp(1.0, 1.0))
	fmt.Println(Eq(1, 1))
	fmt.Println(Eq("a", "b"))
	fmt.Println(Eq(struct{ a int }{1}, struct{ a int }{1}))
	var e1, e2 error
	fmt.Println(Eq(&e1, &e2))
	fmt.Println(Bits(0xAB, 2))
	fmt.Println(Bits(U8(0xAB), 2))
	fmt.Println(Bits(int8(-100), 1))
	fmt.Println(Neg(5), Neg(int8(-128)), Neg(2.5), Neg(float32(-0.5)))
	fmt.Println(Complement(0), Complement(U8(0x0F)), Complement(uint16(1)))
	fmt.Println(DivMod(17, 5))
	fmt.Println(DivMod(-17, 5))
	fmt.Println(DivMod(U8(250), 7))
	fmt.Println(Twice(21), Twice(1.25), Twice(U8(200)), Twice(int8(100)))
	fmt.Println(PlusHalf(1.0), PlusHalf(float32(2)))
	fmt.Println(Incr(1), Incr(0.5), Incr(U8(250)))
	fmt.Println(Shift(1, 10), Shift(int8(1), U8(7)), Shift(uint64(1), int64(63)), Shift(U8(1), 9))
	fmt.Println(Concat3("a", "b", "c"), Concat3(MyStr("x"), "y", "z"))
	fmt.Println(Not(true), Not(Flag(false)))
}
