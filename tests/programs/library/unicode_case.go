package main

// Case mapping: SimpleFold orbits of every rune (their lengths and a hash), CaseRanges,
// SpecialCase (Turkish, Azeri and one of our own), To with every case, and the alternating
// UpperLower ranges.

import (
	"fmt"
	"unicode"
)

func main() {
	// Orbits: every rune with a non-trivial orbit, grouped by the orbit's length.
	lengths := map[int]int{}
	h := uint64(14695981039346656037)
	for r := rune(0); r <= unicode.MaxRune; r++ {
		f := unicode.SimpleFold(r)
		if f == r {
			continue
		}
		n := 1
		for x := f; x != r; x = unicode.SimpleFold(x) {
			n++
			if n > 10 {
				fmt.Println("orbit too long at", r)
				break
			}
		}
		lengths[n]++
		h = (h ^ uint64(r)) * 1099511628211
		h = (h ^ uint64(f)) * 1099511628211
	}
	fmt.Println("orbit lengths:", lengths, "hash", h)
	// Some orbits in full.
	for _, r := range []rune{'A', 'k', 'K', 's', 'ß', 'µ', 'Σ', 'θ', 'ϑ', 'ı', 'İ', 'Ω', 'ǅ', 0x1E9E, 0x1C80, 0xA64B} {
		orbit := []rune{r}
		for x := unicode.SimpleFold(r); x != r; x = unicode.SimpleFold(x) {
			orbit = append(orbit, x)
		}
		fmt.Printf("%U %q\n", r, orbit)
	}
	fmt.Println(unicode.SimpleFold(-1), unicode.SimpleFold(unicode.MaxRune+1), unicode.SimpleFold(0x10FFFF))

	// CaseRanges.
	cr := unicode.CaseRanges
	fmt.Println(len(cr), cr[0], cr[len(cr)-1])
	alternating := 0
	for _, c := range cr {
		if c.Delta[unicode.UpperCase] == unicode.UpperLower {
			alternating++
		}
	}
	fmt.Println("UpperLower ranges:", alternating)
	fmt.Printf("%v %+v %T %T\n", cr[8], cr[8], cr[8], cr[8].Delta)

	// Alternating ranges: Ā ā Ă ă.
	for r := rune(0x100); r < 0x106; r++ {
		fmt.Print(string(unicode.ToUpper(r)), string(unicode.ToLower(r)), string(unicode.ToTitle(r)), " ")
	}
	fmt.Println()
	// Title case differs from upper case for the digraphs.
	for _, r := range []rune{0x1C4, 0x1C5, 0x1C6, 0x1F1, 0x1F2, 0x1F3} {
		fmt.Printf("%c: %c %c %c\n", r, unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r))
	}

	// SpecialCase.
	for _, sc := range []struct {
		name string
		c    unicode.SpecialCase
	}{{"Turkish", unicode.TurkishCase}, {"Azeri", unicode.AzeriCase}} {
		fmt.Println(sc.name, len(sc.c), sc.c)
		for _, r := range "iIıİaAz" {
			fmt.Printf("  %c→%c%c%c", r, sc.c.ToUpper(r), sc.c.ToLower(r), sc.c.ToTitle(r))
		}
		fmt.Println()
	}
	fmt.Println(&unicode.TurkishCase[0] == &unicode.AzeriCase[0])
	mine := unicode.SpecialCase{
		unicode.CaseRange{Lo: 'a', Hi: 'c', Delta: [unicode.MaxCase]rune{2, 0, 3}},
		unicode.CaseRange{Lo: 'x', Hi: 'x', Delta: [unicode.MaxCase]rune{0, 0, 0}},
		unicode.CaseRange{Lo: 0x100, Hi: 0x105, Delta: [unicode.MaxCase]rune{unicode.UpperLower, unicode.UpperLower, unicode.UpperLower}},
	}
	for _, r := range []rune{'a', 'b', 'c', 'd', 'x', 'X', 0x100, 0x101, 0x104, 0x105, 0x106, 'é'} {
		fmt.Printf("%q: %q %q %q\n", r, mine.ToUpper(r), mine.ToLower(r), mine.ToTitle(r))
	}
	var empty unicode.SpecialCase
	fmt.Println(empty.ToUpper('q'), empty.ToLower('Q'), empty.ToTitle('ǆ'))

	// To with every case, invalid ones included.
	for c := -1; c <= unicode.MaxCase; c++ {
		fmt.Print(unicode.To(c, 'a'), unicode.To(c, 'Z'), unicode.To(c, 'ǆ'), " ")
	}
	fmt.Println()
	// Runes outside the tables map to themselves.
	for _, r := range []rune{-1, 0, '0', ' ', 0xFFFD, unicode.MaxRune, unicode.MaxRune + 1, 0x7FFFFFFF} {
		fmt.Print(unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), " ")
	}
	fmt.Println()
	fmt.Println(unicode.UpperCase, unicode.LowerCase, unicode.TitleCase, unicode.MaxCase, unicode.UpperLower)
}
