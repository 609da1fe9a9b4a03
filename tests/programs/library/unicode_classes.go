package main

// Every rune's answers of the unicode package's class and case functions, from -3 to
// MaxRune+3: per function, how many runes it holds for and an FNV-1a hash of them, so that a
// wrong table entry shows up in the function and the block it affects.

import (
	"fmt"
	"unicode"
)

type acc struct {
	name  string
	count int
	hash  uint64
}

func (a *acc) add(v uint32) {
	for i := 0; i < 4; i++ {
		a.hash ^= uint64(uint8(v >> (8 * i)))
		a.hash *= 1099511628211
	}
}

func newAcc(name string) *acc { return &acc{name: name, hash: 14695981039346656037} }

func main() {
	is := []struct {
		name string
		f    func(rune) bool
	}{
		{"IsControl", unicode.IsControl},
		{"IsDigit", unicode.IsDigit},
		{"IsGraphic", unicode.IsGraphic},
		{"IsLetter", unicode.IsLetter},
		{"IsLower", unicode.IsLower},
		{"IsMark", unicode.IsMark},
		{"IsNumber", unicode.IsNumber},
		{"IsPrint", unicode.IsPrint},
		{"IsPunct", unicode.IsPunct},
		{"IsSpace", unicode.IsSpace},
		{"IsSymbol", unicode.IsSymbol},
		{"IsTitle", unicode.IsTitle},
		{"IsUpper", unicode.IsUpper},
	}
	accs := make([]*acc, len(is))
	for i, f := range is {
		accs[i] = newAcc(f.name)
	}
	maps := []struct {
		name string
		f    func(rune) rune
	}{
		{"ToUpper", unicode.ToUpper},
		{"ToLower", unicode.ToLower},
		{"ToTitle", unicode.ToTitle},
		{"SimpleFold", unicode.SimpleFold},
		{"To(UpperCase)", func(r rune) rune { return unicode.To(unicode.UpperCase, r) }},
		{"To(LowerCase)", func(r rune) rune { return unicode.To(unicode.LowerCase, r) }},
		{"To(TitleCase)", func(r rune) rune { return unicode.To(unicode.TitleCase, r) }},
	}
	maccs := make([]*acc, len(maps))
	for i, m := range maps {
		maccs[i] = newAcc(m.name)
	}
	// Per Unicode plane and function, the count, to locate a difference.
	var planes [17][13]int
	for r := rune(-3); r <= unicode.MaxRune+3; r++ {
		for i, f := range is {
			if f.f(r) {
				accs[i].count++
				accs[i].add(uint32(r))
				if r >= 0 && r <= unicode.MaxRune {
					planes[r>>16][i]++
				}
			}
		}
		for i, m := range maps {
			v := m.f(r)
			if v != r {
				maccs[i].count++
				maccs[i].add(uint32(r))
				maccs[i].add(uint32(v))
			}
		}
	}
	for _, a := range accs {
		fmt.Printf("%-10s %7d runes  hash %016x\n", a.name, a.count, a.hash)
	}
	for _, a := range maccs {
		fmt.Printf("%-14s %5d changed  hash %016x\n", a.name, a.count, a.hash)
	}
	for p, counts := range planes {
		fmt.Println("plane", p, counts)
	}
	// Latin-1 in detail.
	for r := rune(0); r < 256; r++ {
		var bits []byte
		for _, f := range is {
			if f.f(r) {
				bits = append(bits, f.name[2])
			} else {
				bits = append(bits, '.')
			}
		}
		fmt.Printf("%02x %s %04x %04x %04x %04x\n", r, bits, unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r))
	}
	// To with an invalid case.
	fmt.Println(unicode.To(-1, 'a'), unicode.To(3, 'a'), unicode.To(unicode.MaxCase, 'A'), unicode.To(100, -5))
}
