// Package unicode: Is, In and IsOneOf, which search any RangeTable as Go's letter.go does
// (the search itself is the runtime's), GraphicRanges and PrintRanges, and what makes the
// tables of tables.go (lazy, as all of unicode).
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

// isIn is Is for the ranges r16 and r32 (the runtime's search, Go's is16 and is32): 1 if r
// is in them, 0 if not, 2 if the search reaches a range of stride 0, which Go divides by.
func isIn(r16 []Range16, r32 []Range32, r rune) int

// zeroStride is never written: dividing by it is the panic of a search reaching a range of
// stride 0.
var zeroStride uint16

// Is reports whether the rune is in the specified table of ranges.
func Is(rangeTab *RangeTable, r rune) bool {
	switch isIn(rangeTab.R16, rangeTab.R32, r) {
	case 1:
		return true
	case 2:
		_ = uint16(r) % zeroStride
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
