package main

// The rest of package unicode: its constants, Is, In and IsOneOf on tables of our own
// (linear and binary search, strides, 16- and 32-bit ranges, negative runes), on the
// standard tables, GraphicRanges and PrintRanges, and the tables as values.

import (
	"fmt"
	"unicode"
)

func main() {
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1, unicode.Version)
	fmt.Printf("%T %T %T %T\n", unicode.MaxRune, unicode.UpperCase, unicode.Version, unicode.UpperLower)
	var x rune = unicode.MaxRune
	var y int64 = unicode.UpperLower
	fmt.Println(x, y)

	small := &unicode.RangeTable{
		R16: []unicode.Range16{{Lo: 'a', Hi: 'k', Stride: 2}, {Lo: 0x100, Hi: 0x110, Stride: 4}},
		R32: []unicode.Range32{{Lo: 0x10000, Hi: 0x10010, Stride: 8}},
	}
	fmt.Printf("%v\n%+v\n", *small, small.R16[0])
	for _, r := range []rune{-1, 'a', 'b', 'c', 'k', 'l', 0xFF, 0x100, 0x104, 0x105, 0x110, 0x111, 0xFFFF, 0x10000, 0x10008, 0x10009, 0x10010, 0x10018, unicode.MaxRune + 1} {
		fmt.Print(unicode.Is(small, r), " ")
	}
	fmt.Println()
	// A table longer than the linear-search limit, so Is searches it by halves.
	var big unicode.RangeTable
	for i := 0; i < 40; i++ {
		lo := uint16(0x400 + 16*i)
		big.R16 = append(big.R16, unicode.Range16{Lo: lo, Hi: lo + 9, Stride: 3})
		big.R32 = append(big.R32, unicode.Range32{Lo: uint32(0x20000 + 100*i), Hi: uint32(0x20000 + 100*i + 50), Stride: 5})
	}
	in16, in32 := 0, 0
	for r := rune(0x3F0); r < 0x700; r++ {
		if unicode.Is(&big, r) {
			in16++
		}
	}
	for r := rune(0x1FF00); r < 0x21000; r++ {
		if unicode.Is(&big, r) {
			in32++
		}
	}
	fmt.Println(in16, in32, unicode.Is(&big, 0x41), unicode.Is(&big, -0x400))
	// Latin-1 runes are searched linearly even in a long table.
	latin := &unicode.RangeTable{LatinOffset: 1}
	latin.R16 = append(latin.R16, unicode.Range16{Lo: 0x41, Hi: 0x5A, Stride: 1})
	for i := 0; i < 30; i++ {
		lo := uint16(0x1000 + 10*i)
		latin.R16 = append(latin.R16, unicode.Range16{Lo: lo, Hi: lo + 4, Stride: 1})
	}
	fmt.Println(unicode.Is(latin, 'A'), unicode.Is(latin, 'a'), unicode.Is(latin, 0x1002), unicode.Is(latin, 0x1005))
	var none unicode.RangeTable
	fmt.Println(unicode.Is(&none, 'a'), unicode.In('a'), unicode.IsOneOf(nil, 'a'))

	// The standard tables.
	for _, r := range []rune{'a', 'Z', '5', '٣', ' ', '\u00a0', '\u3000', '中', 'α', 'Я', '\u0301', '€', '!', '\U0001F600', '\U00010400', -5} {
		fmt.Printf("%q L=%v Lu=%v Han=%v Latin=%v Greek=%v Zs=%v So=%v Mn=%v WS=%v In(Han,Latin)=%v OneOf(graphic)=%v print=%v\n",
			r, unicode.Is(unicode.L, r), unicode.Is(unicode.Lu, r), unicode.Is(unicode.Han, r),
			unicode.Is(unicode.Latin, r), unicode.Is(unicode.Greek, r), unicode.Is(unicode.Zs, r),
			unicode.Is(unicode.So, r), unicode.Is(unicode.Mn, r), unicode.Is(unicode.White_Space, r),
			unicode.In(r, unicode.Han, unicode.Latin), unicode.IsOneOf(unicode.GraphicRanges, r),
			unicode.In(r, unicode.PrintRanges...))
	}
	fmt.Println(len(unicode.GraphicRanges), len(unicode.PrintRanges), unicode.GraphicRanges[0] == unicode.L, unicode.PrintRanges[4] == unicode.S)
	// The same table under several names and in the maps.
	fmt.Println(unicode.Digit == unicode.Nd, unicode.Categories["Nd"] == unicode.Digit, unicode.Scripts["Han"] == unicode.Han,
		unicode.Properties["White_Space"] == unicode.White_Space, unicode.FoldCategory["Lu"] != nil, unicode.FoldScript["Greek"] != nil)
	fmt.Println(unicode.FoldCategory["Lu"] == unicode.Lu, len(unicode.FoldCategory), len(unicode.FoldScript), unicode.FoldCategory["Zs"] == nil)
	// Tables are ordinary values: they can be replaced and changed (here a copy).
	t := *unicode.Cc
	t.R16 = append([]unicode.Range16(nil), t.R16...)
	t.R16[0].Hi = 0x05
	fmt.Println(unicode.Is(&t, 0x06), unicode.Is(unicode.Cc, 0x06), len(t.R16), t.LatinOffset)
	saved := unicode.Han
	unicode.Han = unicode.Latin
	fmt.Println(unicode.Is(unicode.Han, 'a'), unicode.Scripts["Han"] == saved)
	unicode.Han = saved
	fmt.Println(unicode.Is(unicode.Han, 'a'))
}
