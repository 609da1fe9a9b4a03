package json

// This file decides which struct fields JSON sees and under what names: tag
// parsing, Go's embedding visibility rules amended by JSON tags, and the
// case-insensitive key matching used when decoding.

import (
	"bytes"
	"reflect"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// field is one JSON-visible struct field.
type field struct {
	name        string
	nameBytes   []byte
	foldSimple  bool   // name is ASCII without k/K/s/S: fold by masking letters
	nameNonEsc  string // `"name":`
	nameEscHTML string // `"name":` with the name HTML-escaped

	tag       bool         // the name came from a json tag
	index     []int        // field index path from the outer struct
	typ       reflect.Type // field type, one unnamed pointer level followed
	fieldType reflect.Type // field type as declared
	omitEmpty bool
	quoted    bool
}

type structFields struct {
	list      []field
	nameIndex map[string]int
}

// parseTag splits a json tag into its name and its comma-separated options.
func parseTag(tag string) (string, string) {
	if i := strings.IndexByte(tag, ','); i >= 0 {
		return tag[:i], tag[i+1:]
	}
	return tag, ""
}

// hasOption reports whether the comma-separated list opts contains name.
func hasOption(opts, name string) bool {
	for opts != "" {
		var cur string
		if i := strings.IndexByte(opts, ','); i >= 0 {
			cur, opts = opts[:i], opts[i+1:]
		} else {
			cur, opts = opts, ""
		}
		if cur == name {
			return true
		}
	}
	return false
}

// isValidTag reports whether s may be used as a key name from a tag:
// letters, digits and ASCII punctuation other than quote, backslash and comma.
func isValidTag(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if strings.ContainsRune("!#$%&()*+-./:;<=>?@[]^_{|}~ ", c) {
			continue
		}
		if !unicode.IsLetter(c) && !unicode.IsDigit(c) {
			return false
		}
	}
	return true
}

// byIndex orders fields by their index path.
type byIndex []field

func (x byIndex) Len() int           { return len(x) }
func (x byIndex) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x byIndex) Less(i, j int) bool { return indexLess(x[i].index, x[j].index) }

func indexLess(a, b []int) bool {
	for k, ak := range a {
		if k >= len(b) {
			return false
		}
		if ak != b[k] {
			return ak < b[k]
		}
	}
	return len(a) < len(b)
}

// byNameDepth orders fields by name, then depth, then tagged first, then index.
type byNameDepth []field

func (x byNameDepth) Len() int      { return len(x) }
func (x byNameDepth) Swap(i, j int) { x[i], x[j] = x[j], x[i] }
func (x byNameDepth) Less(i, j int) bool {
	a, b := &x[i], &x[j]
	if a.name != b.name {
		return a.name < b.name
	}
	if len(a.index) != len(b.index) {
		return len(a.index) < len(b.index)
	}
	if a.tag != b.tag {
		return a.tag
	}
	return indexLess(a.index, b.index)
}

// typeFields lists the fields JSON sees in struct type t: a breadth-first walk
// over t and its embedded structs, then, per name, the one dominant field
// (shallowest; among equals, the tagged one; otherwise none).
func typeFields(t reflect.Type) structFields {
	type pending struct {
		typ   reflect.Type
		index []int
	}
	var current []pending
	next := []pending{{typ: t}}
	var count, nextCount map[reflect.Type]int
	visited := map[reflect.Type]bool{}
	var fields []field

	for len(next) > 0 {
		current, next = next, current[:0]
		count, nextCount = nextCount, map[reflect.Type]int{}

		for _, p := range current {
			if visited[p.typ] {
				continue
			}
			visited[p.typ] = true
			for i := 0; i < p.typ.NumField(); i++ {
				sf := p.typ.Field(i)
				if sf.Anonymous {
					et := sf.Type
					if et.Kind() == reflect.Pointer {
						et = et.Elem()
					}
					// Embedded unexported structs may still carry exported fields.
					if !sf.IsExported() && et.Kind() != reflect.Struct {
						continue
					}
				} else if !sf.IsExported() {
					continue
				}
				tag := sf.Tag.Get("json")
				if tag == "-" {
					continue
				}
				name, opts := parseTag(tag)
				if !isValidTag(name) {
					name = ""
				}
				index := make([]int, len(p.index)+1)
				copy(index, p.index)
				index[len(p.index)] = i

				ft := sf.Type
				if ft.Name() == "" && ft.Kind() == reflect.Pointer {
					ft = ft.Elem()
				}
				quoted := false
				if hasOption(opts, "string") {
					switch ft.Kind() {
					case reflect.Bool,
						reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
						reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
						reflect.Float32, reflect.Float64,
						reflect.String:
						quoted = true
					}
				}

				if name != "" || !sf.Anonymous || ft.Kind() != reflect.Struct {
					tagged := name != ""
					if name == "" {
						name = sf.Name
					}
					f := newField(name, tagged, index, ft, sf.Type, hasOption(opts, "omitempty"), quoted)
					fields = append(fields, f)
					if count[p.typ] > 1 {
						// The struct was embedded more than once at this depth:
						// a second copy makes the name conflict below.
						fields = append(fields, f)
					}
					continue
				}
				// An embedded struct to explore at the next depth.
				nextCount[ft]++
				if nextCount[ft] == 1 {
					next = append(next, pending{typ: ft, index: index})
				}
			}
		}
	}

	sort.Sort(byNameDepth(fields))
	out := fields[:0]
	for i := 0; i < len(fields); {
		j := i + 1
		for j < len(fields) && fields[j].name == fields[i].name {
			j++
		}
		// fields[i] dominates unless the next one ties on depth and taggedness.
		if j-i == 1 || len(fields[i].index) != len(fields[i+1].index) || fields[i].tag != fields[i+1].tag {
			out = append(out, fields[i])
		}
		i = j
	}
	fields = out
	sort.Sort(byIndex(fields))

	nameIndex := make(map[string]int, len(fields))
	for i := range fields {
		nameIndex[fields[i].name] = i
	}
	return structFields{fields, nameIndex}
}

func newField(name string, tagged bool, index []int, typ, fieldType reflect.Type, omitEmpty, quoted bool) field {
	f := field{
		name:      name,
		nameBytes: []byte(name),
		tag:       tagged,
		index:     index,
		typ:       typ,
		fieldType: fieldType,
		omitEmpty: omitEmpty,
		quoted:    quoted,
	}
	f.foldSimple = true
	for _, b := range f.nameBytes {
		if b >= utf8.RuneSelf {
			f.foldSimple = false
			break
		}
		if u := b &^ 0x20; u == 'K' || u == 'S' {
			f.foldSimple = false
		}
	}
	esc := append([]byte{'"'}, appendHTMLEscape(nil, f.nameBytes)...)
	f.nameEscHTML = string(append(esc, '"', ':'))
	f.nameNonEsc = `"` + name + `":`
	return f
}

// matchesFold reports whether key equals the field's name under Unicode
// case folding (bytes.EqualFold), with a fast path for plain ASCII names.
func (f *field) matchesFold(key []byte) bool {
	if !f.foldSimple {
		return bytes.EqualFold(f.nameBytes, key)
	}
	s := f.nameBytes
	if len(s) != len(key) {
		return false
	}
	for i, sb := range s {
		tb := key[i]
		if sb == tb {
			continue
		}
		if u := sb &^ 0x20; 'A' <= u && u <= 'Z' && u == tb&^0x20 {
			continue
		}
		return false
	}
	return true
}

var (
	fieldMu    sync.RWMutex
	fieldCache = map[reflect.Type]structFields{}
)

// cachedTypeFields is typeFields memoized per type.
func cachedTypeFields(t reflect.Type) structFields {
	fieldMu.RLock()
	f, ok := fieldCache[t]
	fieldMu.RUnlock()
	if ok {
		return f
	}
	f = typeFields(t)
	fieldMu.Lock()
	if old, ok := fieldCache[t]; ok {
		f = old
	} else {
		fieldCache[t] = f
	}
	fieldMu.Unlock()
	return f
}
