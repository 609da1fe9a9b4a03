// Package unicode: Is, In and IsOneOf, which search any RangeTable as Go's letter.go does,
// GraphicRanges and PrintRanges, and what makes the tables of tables.go (lazy, as all of
// unicode).
package unicode

// GraphicRanges defines the set of graphic characters according to Unicode.
var GraphicRanges = []*RangeTable{
	L, M, N, P, S, Zs,
}

// PrintRanges defines the set of printable characters according to Go: GraphicRanges
// without Zs (IsPrint allows U+0020 apart).
var PrintRanges = []*RangeTable{
	L, M, N, P, S,
}

// linearMax is the longest table searched linearly (Go's calibrated value).
const linearMax = 18

// is16 reports whether r is in the sorted 16-bit ranges.
func is16(ranges []Range16, r uint16) bool {
	if len(ranges) <= linearMax || r <= MaxLatin1 {
		for i := range ranges {
			g := &ranges[i]
			if r < g.Lo {
				return false
			}
			if r <= g.Hi {
				return g.Stride == 1 || (r-g.Lo)%g.Stride == 0
			}
		}
		return false
	}
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := lo + (hi-lo)/2
		g := &ranges[m]
		if g.Lo <= r && r <= g.Hi {
			return g.Stride == 1 || (r-g.Lo)%g.Stride == 0
		}
		if r < g.Lo {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return false
}

// is32 reports whether r is in the sorted 32-bit ranges.
func is32(ranges []Range32, r uint32) bool {
	if len(ranges) <= linearMax {
		for i := range ranges {
			g := &ranges[i]
			if r < g.Lo {
				return false
			}
			if r <= g.Hi {
				return g.Stride == 1 || (r-g.Lo)%g.Stride == 0
			}
		}
		return false
	}
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := lo + (hi-lo)/2
		g := ranges[m]
		if g.Lo <= r && r <= g.Hi {
			return g.Stride == 1 || (r-g.Lo)%g.Stride == 0
		}
		if r < g.Lo {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return false
}

// Is reports whether the rune is in the specified table of ranges.
func Is(rangeTab *RangeTable, r rune) bool {
	r16 := rangeTab.R16
	// Compared as uint32 so that negative runes are in no 16-bit range.
	if len(r16) > 0 && uint32(r) <= uint32(r16[len(r16)-1].Hi) {
		return is16(r16, uint16(r))
	}
	r32 := rangeTab.R32
	if len(r32) > 0 && r >= rune(r32[0].Lo) {
		return is32(r32, uint32(r))
	}
	return false
}

// IsOneOf reports whether the rune is a member of one of the ranges. In should be used
// in preference.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// In reports whether the rune is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// tables holds table k's *RangeTable once made, so every name of it shares the pointer.
var tables [numTables]*RangeTable

// fillTable points t's slices at table k's ranges in the runtime.
func fillTable(t *RangeTable, k int)

// table is the standard table k (tables.go numbers them).
func table(k int) *RangeTable {
	t := tables[k]
	if t == nil {
		t = new(RangeTable)
		fillTable(t, k)
		tables[k] = t
	}
	return t
}

func mapKey(i int) string
func mapTable(i int) int

// tableMap is the map of entries lo..hi of the runtime's map entries.
func tableMap(lo, hi int) map[string]*RangeTable {
	m := make(map[string]*RangeTable, hi-lo)
	for i := lo; i < hi; i++ {
		m[mapKey(i)] = table(mapTable(i))
	}
	return m
}

// loadCaseRanges sets *s to CaseRanges, or to TurkishCase's ranges.
func loadCaseRanges(s *[]CaseRange, turkish bool)

func caseRanges() []CaseRange {
	var s []CaseRange
	loadCaseRanges(&s, false)
	return s
}

func turkishCase() SpecialCase {
	var s []CaseRange
	loadCaseRanges(&s, true)
	return SpecialCase(s)
}
