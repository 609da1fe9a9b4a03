//go:build ignore

// Generates runtime/tests/data/float_cases.txt: Go 1.19's strconv.ParseFloat and FormatFloat
// results for runtime/src/pkg_strconv.rs.
//
//	go run float_cases.go 300 > ../data/float_cases.txt
//
// The argument scales the number of random inputs. Line format (tab-separated):
//
//	ParseFloat <input hex> <bitSize> => <result bits hex> <error message hex>
//	FormatFloat <value bits hex> <fmt byte> <prec> <bitSize> => <result hex>
package main

import (
	"encoding/hex"
	"fmt"
	"math"
	"math/big"
	"math/rand"
	"os"
	"strconv"
	"strings"
)

var r = rand.New(rand.NewSource(42))

func parse(s string) {
	for _, bits := range []int{64, 32} {
		v, err := strconv.ParseFloat(s, bits)
		msg := ""
		if err != nil {
			msg = err.Error()
		}
		fmt.Printf("ParseFloat\t%s\t%d\t=>\t%016x\t%s\n", hex.EncodeToString([]byte(s)), bits,
			math.Float64bits(v), hex.EncodeToString([]byte(msg)))
	}
}

func digits(n int) string {
	var sb strings.Builder
	for i := 0; i < n; i++ {
		sb.WriteByte(byte('0' + r.Intn(10)))
	}
	return sb.String()
}

func main() {
	var n int
	fmt.Sscan(os.Args[1], &n)
	fixed := []string{"", "0", "-0", "+0", "1", "-1", "1.5", ".5", "5.", ".", "-.", "+.5", "1e", "1e+", "1e5", "1E-5", "1e+308",
		"1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "2e308", "-2e308", "1e-400", "4.9e-324",
		"2.4703282292062327e-324", "2.4703282292062328e-324", "5e-324", "2.2250738585072011e-308", "2.2250738585072012e-308",
		"inf", "+Inf", "-INF", "infinity", "-Infinity", "infin", "infx", "nan", "NaN", "NAN", "+nan", "-nan", "nanx", "in",
		"1_000", "1__0", "_1", "1_", "0x1p0", "0x1P-2", "0X1.8p1", "0x_1p0", "0x1_0p0", "0x1", "0x1p", "0x.8p1", "0x1.fffffffffffff8p0",
		"0x1.fffffffffffff7p0", "0x1p-1074", "0x1p-1075", "0x1.8p-1075", "0x1p1023", "0x1p1024", "0x1.fffffffffffffp1023",
		"0x1.ffffffp127", "0x1.fffffep127", "0x1p-149", "0x1p-150", "0x1.000001p0", "0x1.0000010000001p0", "0x123456789abcdef0123p0",
		"1e10000", "1e-10000", "1e100000", "0.000000000000000000000000000000001e33", "123456789012345678901234567890",
		"0.1", "0.2", "0.3", "3.4028234663852886e38", "3.4028235677973366e38", "3.4028235677973367e38", "1.401298464324817e-45",
		"7.006492321624085e-46", "7.006492321624086e-46", "1e23", "8.589973e9", "1 ", " 1", "1x", "0x", "0b1", "1e1_0", "1_0e1_0",
		"0x1p1_0", "1.2.3", "--1", "+-1", "9007199254740993", "9007199254740993.0000000000000000000000000000001",
		"4503599627370496.5", "4503599627370497.5", "0e999999", "0." + strings.Repeat("0", 900) + "1e900",
		"1" + strings.Repeat("0", 900) + "e-900", "2.4703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858392449105184435931802849936536152500319370457678249219365623669863658480757001585769269903706311928279558551332927834338409351978015531246597263579574622766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537458516661134223766678604162159680461914467291840300530057530849048765391711386591646239524912623653881879636239373280423891018672348497668235089863388587925628302755995657524455507255189313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591327667236328125e-324"}
	// Go 1.19's decimal keeps 800 digits and counts the decimal point in kept digits only.
	for _, k := range []int{799, 800, 801, 850} {
		z := strings.Repeat("0", k)
		fixed = append(fixed, "1"+z+"e-"+fmt.Sprint(k), "1"+z+".5e-"+fmt.Sprint(k), "-1"+z+"e-"+fmt.Sprint(k+300),
			"0."+z+"1e"+fmt.Sprint(k), "9007199254740993."+z+"1", "9007199254740993"+z+"1e-"+fmt.Sprint(k+1),
			"1"+z+"e-"+fmt.Sprint(k-10), "0x1"+z+"p0", "2"+z+"1e-"+fmt.Sprint(k+30))
	}
	for _, s := range fixed {
		parse(s)
	}
	for i := 0; i < n; i++ {
		// Random decimals of many lengths and exponents.
		s := digits(1+r.Intn(25)) + "e" + fmt.Sprint(r.Intn(700)-350)
		if r.Intn(3) == 0 {
			d := digits(1 + r.Intn(30))
			k := r.Intn(len(d) + 1)
			s = d[:k] + "." + d[k:]
		}
		if r.Intn(4) == 0 {
			s = "-" + s
		}
		parse(s)
		// Exact halfway points between adjacent float64s (and float32s), and just off them.
		x := math.Float64frombits(r.Uint64() &^ (1 << 63))
		if !math.IsInf(x, 0) && !math.IsNaN(x) && i%3 == 0 {
			mid := new(big.Float).SetPrec(200).SetFloat64(x)
			next := new(big.Float).SetPrec(200).SetFloat64(math.Nextafter(x, math.Inf(1)))
			mid.Add(mid, next).Quo(mid, big.NewFloat(2))
			m := mid.Text('e', 800)
			m = strings.TrimRight(strings.Split(m, "e")[0], "0") + "e" + strings.Split(m, "e")[1]
			parse(m)
			parse(strings.Replace(m, "e", "000001e", 1))
		}
		x32 := float64(math.Float32frombits(r.Uint32() &^ (1 << 31)))
		if !math.IsInf(x32, 0) && !math.IsNaN(x32) {
			mid := new(big.Float).SetPrec(100).SetFloat64(x32)
			next := new(big.Float).SetPrec(100).SetFloat64(float64(math.Nextafter32(float32(x32), float32(math.Inf(1)))))
			mid.Add(mid, next).Quo(mid, big.NewFloat(2))
			parse(mid.Text('g', 200))
		}
		// Random hex floats.
		h := fmt.Sprintf("0x%x.%xp%d", r.Uint64()>>uint(r.Intn(64)), r.Uint64(), r.Intn(2300)-1150)
		parse(h)
	}
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.5, 1.5, 2.5, 0.25, 0.125, 100, 1e21, 1e20, 123456789, 1e-7, 1.0000001e-5,
		math.MaxFloat64, math.SmallestNonzeroFloat64, math.Inf(1), math.Inf(-1), math.NaN(), math.Pi, 1.0 / 3, 2.0 / 3,
		5e-324, 9007199254740993, 0.3, 1e23, 3.4028234663852886e38, 1.401298464324817e-45, 16777217}
	for i := 0; i < n/15; i++ {
		vals = append(vals, math.Float64frombits(r.Uint64()), (r.Float64()-0.5)*1e6, float64(r.Intn(100000))/1000)
	}
	for _, v := range vals {
		for _, f := range []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'} {
			for _, prec := range []int{-1, 0, 1, 5, 17} {
				bits := []int{64}
				if prec == -1 || prec == 5 {
					bits = append(bits, 32)
				}
				for _, bs := range bits {
					fmt.Printf("FormatFloat\t%016x\t%d\t%d\t%d\t=>\t%s\n", math.Float64bits(v), f, prec, bs,
						hex.EncodeToString([]byte(strconv.FormatFloat(v, f, prec, bs))))
				}
			}
		}
	}
	for _, v := range []float64{1, 0.5, 1e100, 123.456} {
		for _, prec := range []int{30, 100} {
			for _, f := range []byte{'e', 'f', 'g', 'x'} {
				fmt.Printf("FormatFloat\t%016x\t%d\t%d\t%d\t=>\t%s\n", math.Float64bits(v), f, prec, 64,
					hex.EncodeToString([]byte(strconv.FormatFloat(v, f, prec, 64))))
			}
		}
	}
	fmt.Printf("FormatFloat\t%016x\t%d\t%d\t%d\t=>\t%s\n", math.Float64bits(1.5), 'z', 3, 64,
		hex.EncodeToString([]byte(strconv.FormatFloat(1.5, 'z', 3, 64))))
}
