// Packages strconv (Itoa, Quote, QuoteRune, FormatBool), unicode/utf8 and math (functions and untyped constants).
package main

import (
	"fmt"
	"math"
	"strconv"
	"unicode/utf8"
)

func main() {
	fmt.Println(strconv.Itoa(-42), strconv.Quote("hi\n\"x\""), strconv.QuoteRune('☺'), strconv.FormatBool(true))
	fmt.Println(utf8.RuneLen('€'), utf8.RuneCountInString("héllo"), utf8.ValidString("a\xffb"), utf8.ValidRune(0xD800), utf8.RuneError, utf8.UTFMax)
	fmt.Println(math.Sqrt(2), math.Abs(-3.5), math.Pow(2, 10), math.Floor(-1.5), math.Ceil(1.2), math.Round(2.5), math.Trunc(-2.7))
	fmt.Println(math.Pi, math.E, math.MaxInt64, math.MinInt64, uint64(math.MaxUint64), math.MaxInt8)
	fmt.Println(math.Inf(1), math.Inf(-1), math.IsNaN(math.NaN()), math.IsInf(math.Inf(1), 0), math.Log(math.E), math.Exp(1), math.Sin(math.Pi/2))
	fmt.Printf("%.4f %.4f %v\n", math.Hypot(3, 4), math.Cbrt(27), math.Mod(7, 3))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
}
