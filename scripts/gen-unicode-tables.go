//go:build ignore

// Generates deferc's Unicode tables from Go 1.19's own unicode package (run by
// scripts/gen-unicode-tables.sh, which says where the outputs go):
//
//	go run gen-unicode-tables.go RUST_OUT GO_OUT
//
// RUST_OUT (runtime/src/pkg_unicode/tables.rs) holds the data: every distinct *RangeTable of
// unicode.Categories, Scripts, Properties, FoldCategory and FoldScript (in that order, keys
// sorted), the map entries, CaseRanges, TurkishCase, the SimpleFold orbits, each Is*
// function's answer for Latin-1, and an FNV-1a digest over every rune's answers that the
// runtime's unit test compares with.
//
// GO_OUT (compiler/golib/unicode/tables.go, a lazy file) declares every exported table
// variable as Go's tables.go does, `Name = table(k)` with k the index of its table, so two
// names Go gives one table (Letter and L) share one *RangeTable; which names alias which
// table comes from parsing $GOROOT/src/unicode/tables.go, their contents from the maps.
package main

import (
	"bufio"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"unicode"
)

type table struct {
	name       string // Go's underlying variable (_L, foldLl)
	t          *unicode.RangeTable
	r16, r32   int // first index in the flat arrays
	latinOffst int
}

type entry struct {
	key string
	idx int
}

var (
	tables  []*table
	byPtr   = map[*unicode.RangeTable]int{}
	entries []entry
	// map name -> [lo, hi) in entries
	maps [][3]interface{}
)

func add(name string, t *unicode.RangeTable) int {
	if i, ok := byPtr[t]; ok {
		return i
	}
	byPtr[t] = len(tables)
	tables = append(tables, &table{name: name, t: t})
	return len(tables) - 1
}

func addMap(mapName string, m map[string]*unicode.RangeTable, underlying map[string]string) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	lo := len(entries)
	for _, k := range keys {
		entries = append(entries, entry{k, add(underlying[mapName+"."+k], m[k])})
	}
	maps = append(maps, [3]interface{}{mapName, lo, len(entries)})
}

func die(f string, a ...interface{}) {
	fmt.Fprintf(os.Stderr, "gen-unicode-tables: "+f+"\n", a...)
	os.Exit(1)
}

func main() {
	if len(os.Args) != 3 {
		die("usage: go run gen-unicode-tables.go RUST_OUT GO_OUT")
	}
	if !strings.HasPrefix(runtime.Version(), "go1.19") {
		die("need Go 1.19, have %s", runtime.Version())
	}
	// Parse Go's tables.go: exported variable -> underlying variable, and map entry -> the
	// underlying variable of its value.
	src := filepath.Join(runtime.GOROOT(), "src", "unicode", "tables.go")
	f, err := parser.ParseFile(token.NewFileSet(), src, nil, 0)
	if err != nil {
		die("%v", err)
	}
	alias := map[string]string{} // exported var -> underlying var
	var exported []string        // in Go's order
	underlying := map[string]string{}
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.VAR {
			continue
		}
		for _, s := range g.Specs {
			vs := s.(*ast.ValueSpec)
			if len(vs.Names) != 1 || len(vs.Values) != 1 {
				continue
			}
			name := vs.Names[0].Name
			switch v := vs.Values[0].(type) {
			case *ast.Ident:
				if ast.IsExported(name) && name != "CaseRanges" {
					alias[name] = v.Name
					exported = append(exported, name)
				}
			case *ast.CompositeLit:
				if _, ok := v.Type.(*ast.MapType); !ok {
					continue
				}
				for _, e := range v.Elts {
					kv := e.(*ast.KeyValueExpr)
					key := strings.Trim(kv.Key.(*ast.BasicLit).Value, `"`)
					underlying[name+"."+key] = kv.Value.(*ast.Ident).Name
				}
			}
		}
	}
	for k, v := range underlying {
		if u, ok := alias[v]; ok {
			underlying[k] = u
		}
	}
	addMap("Categories", unicode.Categories, underlying)
	addMap("Scripts", unicode.Scripts, underlying)
	addMap("Properties", unicode.Properties, underlying)
	addMap("FoldCategory", unicode.FoldCategory, underlying)
	addMap("FoldScript", unicode.FoldScript, underlying)
	byName := map[string]int{}
	for i, t := range tables {
		byName[t.name] = i
	}
	for _, e := range exported {
		if _, ok := byName[alias[e]]; !ok {
			die("%s = %s is in no map", e, alias[e])
		}
	}
	// The pointers a few exported variables hold, checked against the maps they came from.
	for name, t := range map[string]*unicode.RangeTable{"Letter": unicode.Letter, "L": unicode.L,
		"Han": unicode.Han, "White_Space": unicode.White_Space, "STerm": unicode.STerm,
		"Digit": unicode.Digit, "Upper": unicode.Upper} {
		if byPtr[t] != byName[alias[name]] {
			die("%s is not the table its declaration names", name)
		}
	}

	writeRust(os.Args[1])
	writeGo(os.Args[2], exported, alias, byName)
}

func create(path string) (*os.File, *bufio.Writer) {
	out, err := os.Create(path)
	if err != nil {
		die("%v", err)
	}
	return out, bufio.NewWriter(out)
}

func finish(out *os.File, w *bufio.Writer) {
	if err := w.Flush(); err != nil {
		die("%v", err)
	}
	if err := out.Close(); err != nil {
		die("%v", err)
	}
}

// The Is* functions in the order of the Latin-1 answer bits and of the digest.
var isFuncs = []struct {
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

func defaultFold(r rune) rune {
	if l := unicode.ToLower(r); l != r {
		return l
	}
	return unicode.ToUpper(r)
}

func writeRust(path string) {
	out, w := create(path)
	p := func(f string, a ...interface{}) { fmt.Fprintf(w, f, a...) }
	p("//! Unicode %s as Go 1.19's unicode package has it: every table of its maps, CaseRanges,\n", unicode.Version)
	p("//! TurkishCase, the SimpleFold orbits and each Is* function's answers for Latin-1.\n")
	p("//! GENERATED by scripts/gen-unicode-tables.sh from Go 1.19 itself: do not edit.\n\n")
	p("use super::{c, r16, r32, CaseRange, Range16, Range32, Table};\n\n")
	n16, n32 := 0, 0
	for _, t := range tables {
		t.r16, t.r32, t.latinOffst = n16, n32, t.t.LatinOffset
		n16 += len(t.t.R16)
		n32 += len(t.t.R32)
	}
	p("/// The 16-bit ranges of every table, one table after another (Go's RangeTable.R16 slices\n")
	p("/// point here, so it is mutable as Go's are).\n")
	p("pub(super) static mut R16: [Range16; %d] = [\n", n16)
	for _, t := range tables {
		p("    // %s\n", t.name)
		for i, r := range t.t.R16 {
			if i%4 == 0 {
				p("    ")
			}
			p("r16(0x%04x, 0x%04x, %d),", r.Lo, r.Hi, r.Stride)
			if i%4 == 3 || i == len(t.t.R16)-1 {
				p("\n")
			} else {
				p(" ")
			}
		}
	}
	p("];\n\n")
	p("/// The 32-bit ranges of every table, one table after another.\n")
	p("pub(super) static mut R32: [Range32; %d] = [\n", n32)
	for _, t := range tables {
		if len(t.t.R32) == 0 {
			continue
		}
		p("    // %s\n", t.name)
		for i, r := range t.t.R32 {
			if i%3 == 0 {
				p("    ")
			}
			p("r32(0x%05x, 0x%05x, %d),", r.Lo, r.Hi, r.Stride)
			if i%3 == 2 || i == len(t.t.R32)-1 {
				p("\n")
			} else {
				p(" ")
			}
		}
	}
	p("];\n\n")
	p("/// Every table: its ranges in R16 and R32, whether Go's slices are nil (rather than\n")
	p("/// empty), and its LatinOffset.\n")
	p("pub(super) static TABLES: [Table; %d] = [\n", len(tables))
	for i, t := range tables {
		p("    Table { r16: %d, n16: %d, nil16: %v, r32: %d, n32: %d, nil32: %v, latin_offset: %d }, // %d %s\n",
			t.r16, len(t.t.R16), t.t.R16 == nil, t.r32, len(t.t.R32), t.t.R32 == nil, t.latinOffst, i, t.name)
	}
	p("];\n\n")
	p("/// The entries of Categories, Scripts, Properties, FoldCategory and FoldScript: (key, table).\n")
	p("pub(super) static MAP_ENTRIES: [(&str, u16); %d] = [\n", len(entries))
	for _, e := range entries {
		p("    (%q, %d),\n", e.key, e.idx)
	}
	p("];\n\n")
	// The tables the Is* functions search above Latin-1.
	for _, n := range []struct{ c, t string }{{"LETTER", "_L"}, {"DIGIT", "_Nd"}, {"NUMBER", "_N"},
		{"UPPER", "_Lu"}, {"LOWER", "_Ll"}, {"TITLE", "_Lt"}, {"PUNCT", "_P"}, {"MARK", "_M"},
		{"SYMBOL", "_S"}, {"SPACE_ZS", "_Zs"}, {"WHITE_SPACE", "_White_Space"}} {
		i, ok := -1, false
		for j, t := range tables {
			if t.name == n.t {
				i, ok = j, true
			}
		}
		if !ok {
			die("no table %s", n.t)
		}
		p("pub(super) const %s: usize = %d;\n", n.c, i)
	}
	p("\n/// unicode.CaseRanges.\n")
	p("pub(super) static mut CASE_RANGES: [CaseRange; %d] = [\n", len(unicode.CaseRanges))
	for _, c := range unicode.CaseRanges {
		p("    c(0x%04x, 0x%04x, %d, %d, %d),\n", c.Lo, c.Hi, c.Delta[0], c.Delta[1], c.Delta[2])
	}
	p("];\n\n")
	p("/// unicode.TurkishCase (also AzeriCase).\n")
	p("pub(super) static mut TURKISH_CASE: [CaseRange; %d] = [\n", len(unicode.TurkishCase))
	for _, c := range unicode.TurkishCase {
		p("    c(0x%04x, 0x%04x, %d, %d, %d),\n", c.Lo, c.Hi, c.Delta[0], c.Delta[1], c.Delta[2])
	}
	p("];\n\n")
	var orbit [][2]rune
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if f := unicode.SimpleFold(r); f != defaultFold(r) {
			orbit = append(orbit, [2]rune{r, f})
		}
	}
	p("/// The runes whose unicode.SimpleFold is not ToLower(r), or ToUpper(r) when that is r:\n")
	p("/// (rune, SimpleFold(rune)), sorted.\n")
	p("pub(super) static FOLD_ORBIT: [(u32, u32); %d] = [\n", len(orbit))
	for _, o := range orbit {
		p("    (0x%04x, 0x%04x),\n", o[0], o[1])
	}
	p("];\n\n")
	p("/// Bits of LATIN1: which Is* function holds for a rune.\n")
	for i, f := range isFuncs {
		p("pub(super) const %s_BIT: u16 = 1 << %d;\n", rustConst(f.name), i)
	}
	p("\n/// The Is* functions' answers for U+0000..U+00FF.\n")
	p("pub(super) static LATIN1: [u16; 256] = [\n")
	for r := rune(0); r < 256; r++ {
		if r%8 == 0 {
			p("    ")
		}
		var bits uint16
		for i, f := range isFuncs {
			if f.f(r) {
				bits |= 1 << i
			}
		}
		p("0x%04x,", bits)
		if r%8 == 7 {
			p("\n")
		} else {
			p(" ")
		}
	}
	p("];\n\n")
	// FNV-1a over every rune's answers, -2..MaxRune+2.
	h := uint64(14695981039346656037)
	mix := func(v uint32) {
		for i := 0; i < 4; i++ {
			h ^= uint64(uint8(v >> (8 * i)))
			h *= 1099511628211
		}
	}
	for r := rune(-2); r <= unicode.MaxRune+2; r++ {
		var bits uint32
		for i, f := range isFuncs {
			if f.f(r) {
				bits |= 1 << i
			}
		}
		mix(bits)
		mix(uint32(unicode.ToUpper(r)))
		mix(uint32(unicode.ToLower(r)))
		mix(uint32(unicode.ToTitle(r)))
		mix(uint32(unicode.SimpleFold(r)))
	}
	p("/// FNV-1a over, for every rune from -2 to MaxRune+2: the Is* bits (LATIN1's order), ToUpper,\n")
	p("/// ToLower, ToTitle and SimpleFold, each as 4 little-endian bytes (Go 1.19's answers).\n")
	p("#[cfg(test)]\n")
	p("pub(super) const GO_DIGEST: u64 = 0x%016x;\n", h)
	finish(out, w)
}

func rustConst(name string) string {
	return strings.ToUpper(strings.TrimPrefix(name, "Is"))
}

func writeGo(path string, exported []string, alias map[string]string, byName map[string]int) {
	out, w := create(path)
	p := func(f string, a ...interface{}) { fmt.Fprintf(w, f, a...) }
	p("// Code generated by scripts/gen-unicode-tables.sh from Go 1.19's unicode package. DO NOT EDIT.\n\n")
	p("// Package unicode's tables (a lazy file: a program compiles only the names it uses). The\n")
	p("// ranges are the runtime's (runtime/src/pkg_unicode/tables.rs); table(k) makes table k's\n")
	p("// *RangeTable once, so names Go gives one table (Letter and L) hold one pointer.\n")
	p("package unicode\n\n")
	p("// Version is the Unicode edition from which the tables are derived.\n")
	p("const Version = %q\n\n", unicode.Version)
	p("// numTables is the number of distinct tables.\n")
	p("const numTables = %d\n\n", len(tables))
	for _, m := range maps {
		p("var %s = tableMap(%d, %d)\n", m[0], m[1], m[2])
	}
	p("\n// The exported tables, named as Go names them.\nvar (\n")
	for _, e := range exported {
		p("\t%s = table(%d)\n", e, byName[alias[e]])
	}
	p(")\n\n")
	p("// CaseRanges is the table describing case mappings for all letters with non-self mappings.\n")
	p("var CaseRanges = caseRanges()\n\n")
	p("var TurkishCase SpecialCase = _TurkishCase\n\n")
	p("var AzeriCase SpecialCase = _TurkishCase\n\n")
	p("var _TurkishCase = turkishCase()\n")
	finish(out, w)
}
