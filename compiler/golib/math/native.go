// Package math: the functions of Go 1.19's math package that the runtime implements
// (runtime/src/pkg_math.rs, entries deferc_math_<Name>, which follow Go's algorithms bit for
// bit), declared without bodies so that they are ordinary functions of the package (also as
// function values). The constants (Pi, MaxInt64, ...) are check::lib's.
package math

func Sqrt(x float64) float64
func Abs(x float64) float64
func Pow(x, y float64) float64
func Exp(x float64) float64
func Log(x float64) float64
func Log2(x float64) float64
func Log10(x float64) float64
func Sin(x float64) float64
func Cos(x float64) float64
func Tan(x float64) float64
func Mod(x, y float64) float64
func Hypot(p, q float64) float64
func Cbrt(x float64) float64
func Trunc(x float64) float64
func Floor(x float64) float64
func Ceil(x float64) float64
func Round(x float64) float64
func RoundToEven(x float64) float64
func Inf(sign int) float64
func NaN() float64
func IsNaN(f float64) (is bool)
func IsInf(f float64, sign int) bool
