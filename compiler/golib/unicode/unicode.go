// Package unicode: Go 1.19's unicode package (Unicode 13.0.0) for deferc. This file holds its
// types, constants and SpecialCase's methods; native.go the functions the runtime
// implements, letter.go Is and In, and tables.go (generated) the table variables and maps,
// whose ranges are static data in the runtime (runtime/src/pkg_unicode). All of the
// package's files are lazy (loader/lazy.rs): a program parses and compiles only what it
// names.
package unicode

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

// Indices into the Delta arrays inside CaseRanges for case mapping.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// UpperLower as a CaseRange's Delta marks a sequence of alternating upper and lower case
// letters (it cannot be a valid delta).
const (
	UpperLower = MaxRune + 1
)

// RangeTable defines a set of Unicode code points by sorted, non-overlapping ranges of
// 16-bit and of 32-bit code points.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int // number of entries in R16 with Hi <= MaxLatin1
}

// Range16 is the range of 16-bit code points from Lo to Hi inclusive, with a stride.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 is the range of code points from Lo to Hi inclusive (both >= 1<<16), with a
// stride.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// CaseRange represents a range of code points for simple case conversion: the deltas to add
// to reach each case (0: the code point is in that case), or UpperLower in all three.
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

type d [MaxCase]rune

// SpecialCase represents language-specific case mappings such as Turkish. Its methods
// override the standard mappings.
type SpecialCase []CaseRange

// ToUpper maps the rune to upper case giving priority to the special mapping.
func (special SpecialCase) ToUpper(r rune) rune {
	r1, hadMapping := to(UpperCase, r, []CaseRange(special))
	if r1 == r && !hadMapping {
		r1 = ToUpper(r)
	}
	return r1
}

// ToTitle maps the rune to title case giving priority to the special mapping.
func (special SpecialCase) ToTitle(r rune) rune {
	r1, hadMapping := to(TitleCase, r, []CaseRange(special))
	if r1 == r && !hadMapping {
		r1 = ToTitle(r)
	}
	return r1
}

// ToLower maps the rune to lower case giving priority to the special mapping.
func (special SpecialCase) ToLower(r rune) rune {
	r1, hadMapping := to(LowerCase, r, []CaseRange(special))
	if r1 == r && !hadMapping {
		r1 = ToLower(r)
	}
	return r1
}

// to maps r to case _case by caseRange, and reports whether a range held r.
func to(_case int, r rune, caseRange []CaseRange) (mappedRune rune, foundMapping bool) {
	if _case < 0 || MaxCase <= _case {
		return ReplacementChar, false
	}
	lo, hi := 0, len(caseRange)
	for lo < hi {
		m := lo + (hi-lo)/2
		cr := caseRange[m]
		if rune(cr.Lo) <= r && r <= rune(cr.Hi) {
			delta := cr.Delta[_case]
			if delta > MaxRune {
				// Alternating upper and lower case from an upper-case Lo: even offsets are
				// upper case, odd lower; the case's low bit picks (title is upper here).
				return rune(cr.Lo) + ((r-rune(cr.Lo))&^1 | rune(_case&1)), true
			}
			return r + delta, true
		}
		if r < rune(cr.Lo) {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return r, false
}
