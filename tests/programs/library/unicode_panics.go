package main

// Run-time panics of package unicode, recovered: a nil table and a zero stride.

import (
	"fmt"
	"unicode"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v\n", name, r)
		if e, ok := r.(error); ok {
			fmt.Println("  error:", e.Error())
		}
	}()
	f()
}

func main() {
	try("Is(nil)", func() { fmt.Println(unicode.Is(nil, 'a')) })
	try("In(nil)", func() { fmt.Println(unicode.In('a', unicode.L, nil)) })
	try("In(first)", func() { fmt.Println(unicode.In('a', unicode.L, nil)) })
	try("In(second)", func() { fmt.Println(unicode.In('1', unicode.L, nil)) })
	zero := &unicode.RangeTable{R16: []unicode.Range16{{Lo: 'a', Hi: 'z', Stride: 0}}}
	try("stride 0", func() { fmt.Println(unicode.Is(zero, 'b')) })
	try("stride 0 edge", func() { fmt.Println(unicode.Is(zero, '0')) })
	zero32 := &unicode.RangeTable{R32: []unicode.Range32{{Lo: 0x10000, Hi: 0x10010, Stride: 0}}}
	try("stride 0 (32)", func() { fmt.Println(unicode.Is(zero32, 0x10001)) })
	var sc unicode.SpecialCase = []unicode.CaseRange{{Lo: 'a', Hi: 'a', Delta: [unicode.MaxCase]rune{1, 2, 3}}}
	try("special", func() { fmt.Println(sc.ToUpper('a'), sc.ToLower('a'), sc.ToTitle('a')) })
}
