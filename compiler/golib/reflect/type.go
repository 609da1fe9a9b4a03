// Package reflect: run-time reflection over the type descriptors deferc's compiler emits for
// every type a program converts to an interface (the same descriptors fmt, maps and the
// collector read: runtime/src/types.rs). This file owns Type: the descriptor layout as Go
// sees it, Kind, and the methods of Type.
package reflect

import (
	"strconv"
	"sync"
	"unicode"
	"unsafe"
)

// rtype is runtime/src/types.rs's Type, field for field: the compiler writes descriptors in
// this layout (codegen/data.rs) and reflect reads them in place. *rtype implements Type.
type rtype struct {
	size        uintptr
	kind        uint8
	align       uint8
	tflag       uint16
	_           uint32
	str         string
	elem        *rtype
	key         *rtype
	len         uintptr
	fields      unsafe.Pointer // *[nfields]structField
	nfields     int
	methods     unsafe.Pointer // *[nmethods]method, sorted by name
	nmethods    int
	ptrdata     uintptr
	gcdata      *byte
	pkgpath     string
	ptrto       *rtype
	reflectcall unsafe.Pointer
	makefunc    unsafe.Pointer
}

// structField is runtime/src/types.rs's StructField. A func type lists its parameters, then
// its results, as fields with only typ set.
type structField struct {
	name     string
	typ      *rtype
	offset   uintptr
	embedded uintptr
	tag      string
}

// method is runtime/src/types.rs's Method: code takes the receiver as the interface data
// word; typ is the signature without receiver (nil when the program never needed it).
type method struct {
	name string
	code unsafe.Pointer
	typ  *rtype
	mtyp *rtype
}

const (
	tflagNamed    = 1
	tflagVariadic = 2
)

// emptyInterface is the layout of every interface value in deferc: the dynamic type's
// descriptor and the data word (the value itself for pointer-shaped types, else a pointer
// to it).
type emptyInterface struct {
	typ  *rtype
	word unsafe.Pointer
}

// A Kind represents the specific kind of type that a Type represents.
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// Ptr is the old name for the Pointer kind.
const Ptr = Pointer

var kindNames = []string{
	Invalid:       "invalid",
	Bool:          "bool",
	Int:           "int",
	Int8:          "int8",
	Int16:         "int16",
	Int32:         "int32",
	Int64:         "int64",
	Uint:          "uint",
	Uint8:         "uint8",
	Uint16:        "uint16",
	Uint32:        "uint32",
	Uint64:        "uint64",
	Uintptr:       "uintptr",
	Float32:       "float32",
	Float64:       "float64",
	Complex64:     "complex64",
	Complex128:    "complex128",
	Array:         "array",
	Chan:          "chan",
	Func:          "func",
	Interface:     "interface",
	Map:           "map",
	Pointer:       "ptr",
	Slice:         "slice",
	String:        "string",
	Struct:        "struct",
	UnsafePointer: "unsafe.Pointer",
}

// String returns the name of k.
func (k Kind) String() string {
	if uint(k) < uint(len(kindNames)) {
		return kindNames[uint(k)]
	}
	return "kind" + strconv.Itoa(int(k))
}

// ChanDir represents a channel type's direction.
type ChanDir int

const (
	RecvDir ChanDir = 1 << iota
	SendDir
	BothDir = RecvDir | SendDir
)

func (d ChanDir) String() string {
	switch d {
	case SendDir:
		return "chan<-"
	case RecvDir:
		return "<-chan"
	case BothDir:
		return "chan"
	}
	return "ChanDir" + strconv.Itoa(int(d))
}

// Type is the representation of a Go type.
type Type interface {
	Align() int
	FieldAlign() int
	Method(int) Method
	MethodByName(string) (Method, bool)
	NumMethod() int
	Name() string
	PkgPath() string
	Size() uintptr
	String() string
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	ConvertibleTo(u Type) bool
	Comparable() bool
	Bits() int
	ChanDir() ChanDir
	IsVariadic() bool
	Elem() Type
	Field(i int) StructField
	FieldByIndex(index []int) StructField
	FieldByName(name string) (StructField, bool)
	In(i int) Type
	Key() Type
	Len() int
	NumField() int
	NumIn() int
	NumOut() int
	Out(i int) Type
	common() *rtype
}

// A StructField describes a single field in a struct.
type StructField struct {
	Name      string
	PkgPath   string
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

// IsExported reports whether the field is exported.
func (f StructField) IsExported() bool {
	return f.PkgPath == ""
}

// Method represents a single method.
type Method struct {
	Name    string
	PkgPath string
	Type    Type
	Func    Value
	Index   int
}

// IsExported reports whether the method is exported.
func (m Method) IsExported() bool {
	return m.PkgPath == ""
}

// A StructTag is the tag string in a struct field.
type StructTag string

// Get returns the value associated with key in the tag string.
func (tag StructTag) Get(key string) string {
	v, _ := tag.Lookup(key)
	return v
}

// Lookup returns the value associated with key in the tag string, and whether it was there.
func (tag StructTag) Lookup(key string) (value string, ok bool) {
	for tag != "" {
		i := 0
		for i < len(tag) && tag[i] == ' ' {
			i++
		}
		tag = tag[i:]
		if tag == "" {
			break
		}
		i = 0
		for i < len(tag) && tag[i] > ' ' && tag[i] != ':' && tag[i] != '"' && tag[i] != 0x7f {
			i++
		}
		if i == 0 || i+1 >= len(tag) || tag[i] != ':' || tag[i+1] != '"' {
			break
		}
		name := string(tag[:i])
		tag = tag[i+1:]
		i = 1
		for i < len(tag) && tag[i] != '"' {
			if tag[i] == '\\' {
				i++
			}
			i++
		}
		if i >= len(tag) {
			break
		}
		qvalue := string(tag[:i+1])
		tag = tag[i+1:]
		if key == name {
			value, err := strconv.Unquote(qvalue)
			if err != nil {
				break
			}
			return value, true
		}
	}
	return "", false
}

// TypeOf returns the reflection Type that represents the dynamic type of i.
func TypeOf(i any) Type {
	e := (*emptyInterface)(unsafe.Pointer(&i))
	return toType(e.typ)
}

func toType(t *rtype) Type {
	if t == nil {
		return nil
	}
	return t
}

func (t *rtype) common() *rtype { return t }

func (t *rtype) Kind() Kind { return Kind(t.kind) }

func (t *rtype) Size() uintptr { return t.size }

func (t *rtype) Align() int { return int(t.align) }

func (t *rtype) FieldAlign() int { return int(t.align) }

func (t *rtype) String() string { return t.str }

func (t *rtype) hasName() bool {
	return t.tflag&tflagNamed != 0 || (t.Kind() <= Complex128 && t.Kind() != Invalid) ||
		t.Kind() == String || t.Kind() == UnsafePointer && t.str == "unsafe.Pointer"
}

// Name returns the type's name within its package for a defined type, "" otherwise.
func (t *rtype) Name() string {
	if !t.hasName() {
		return ""
	}
	s := t.str
	end := len(s)
	for i := 0; i < len(s); i++ {
		if s[i] == '[' {
			end = i
			break
		}
	}
	i := end - 1
	for i >= 0 && s[i] != '.' {
		i--
	}
	return s[i+1:]
}

// PkgPath returns a defined type's package path, "" for predeclared and unnamed types.
func (t *rtype) PkgPath() string {
	if t.Kind() == UnsafePointer && t.str == "unsafe.Pointer" {
		return "unsafe"
	}
	if t.tflag&tflagNamed == 0 {
		return ""
	}
	return t.pkgpath
}

func (t *rtype) Bits() int {
	k := t.Kind()
	if k < Int || k > Complex128 {
		panic("reflect: Bits of non-arithmetic Type " + t.String())
	}
	return int(t.size) * 8
}

func (t *rtype) ChanDir() ChanDir {
	if t.Kind() != Chan {
		panic("reflect: ChanDir of non-chan type " + t.String())
	}
	s := t.str
	if len(s) >= 6 && s[:6] == "chan<-" {
		return SendDir
	}
	if len(s) >= 6 && s[:6] == "<-chan" {
		return RecvDir
	}
	return BothDir
}

func (t *rtype) IsVariadic() bool {
	if t.Kind() != Func {
		panic("reflect: IsVariadic of non-func type " + t.String())
	}
	return t.tflag&tflagVariadic != 0
}

func (t *rtype) Elem() Type {
	switch t.Kind() {
	case Array, Chan, Map, Pointer, Slice:
		return toType(t.elem)
	}
	panic("reflect: Elem of invalid type " + t.String())
}

func (t *rtype) Key() Type {
	if t.Kind() != Map {
		panic("reflect: Key of non-map type " + t.String())
	}
	return toType(t.key)
}

func (t *rtype) Len() int {
	if t.Kind() != Array {
		panic("reflect: Len of non-array type " + t.String())
	}
	return int(t.len)
}

func (t *rtype) field(i int) *structField {
	return (*structField)(unsafe.Add(t.fields, uintptr(i)*unsafe.Sizeof(structField{})))
}

func (t *rtype) NumField() int {
	if t.Kind() != Struct {
		panic("reflect: NumField of non-struct type " + t.String())
	}
	return t.nfields
}

func (t *rtype) Field(i int) StructField {
	if t.Kind() != Struct {
		panic("reflect: Field of non-struct type " + t.String())
	}
	if i < 0 || i >= t.nfields {
		panic("reflect: Field index out of bounds")
	}
	p := t.field(i)
	f := StructField{
		Name:      p.name,
		Type:      toType(p.typ),
		Tag:       StructTag(p.tag),
		Offset:    p.offset,
		Index:     []int{i},
		Anonymous: p.embedded != 0,
	}
	if !isExported(p.name) {
		f.PkgPath = t.pkgpath
		if f.PkgPath == "" {
			f.PkgPath = "main"
		}
	}
	return f
}

func isExported(name string) bool {
	if name == "" {
		return false
	}
	c := name[0]
	if c < 0x80 {
		return 'A' <= c && c <= 'Z'
	}
	r := []rune(name)[0]
	return unicode.IsUpper(r)
}

func (t *rtype) FieldByIndex(index []int) StructField {
	var f StructField
	var cur Type = t
	for i, x := range index {
		if i > 0 {
			if cur.Kind() == Pointer && cur.Elem().Kind() == Struct {
				cur = cur.Elem()
			}
		}
		f = cur.Field(x)
		cur = f.Type
	}
	if len(index) > 1 {
		f.Index = append([]int(nil), index...)
	}
	return f
}

// FieldByName returns the struct field with the given name, found as Go's selector rules
// find it: the shallowest depth, and no two at that depth.
func (t *rtype) FieldByName(name string) (StructField, bool) {
	if t.Kind() != Struct {
		panic("reflect: FieldByName of non-struct type " + t.String())
	}
	type scan struct {
		t     *rtype
		index []int
	}
	current := []scan{}
	next := []scan{{t: t}}
	visited := map[*rtype]bool{}
	for len(next) > 0 {
		current, next = next, current[:0]
		var result StructField
		count := 0
		for _, sc := range current {
			st := sc.t
			if visited[st] {
				continue
			}
			visited[st] = true
			for i := 0; i < st.nfields; i++ {
				f := st.field(i)
				if f.name == name {
					if count > 0 {
						return StructField{}, false
					}
					result = st.Field(i)
					result.Index = append(append([]int(nil), sc.index...), i)
					count++
					continue
				}
				if count == 0 && f.embedded != 0 {
					ft := f.typ
					if ft.Kind() == Pointer {
						ft = ft.elem
					}
					if ft.Kind() == Struct {
						next = append(next, scan{t: ft, index: append(append([]int(nil), sc.index...), i)})
					}
				}
			}
		}
		if count == 1 {
			return result, true
		}
	}
	return StructField{}, false
}

func (t *rtype) NumIn() int {
	if t.Kind() != Func {
		panic("reflect: NumIn of non-func type " + t.String())
	}
	return int(t.len)
}

func (t *rtype) In(i int) Type {
	if t.Kind() != Func {
		panic("reflect: In of non-func type " + t.String())
	}
	if i < 0 || i >= int(t.len) {
		panic("reflect: Function index out of bounds")
	}
	return toType(t.field(i).typ)
}

func (t *rtype) NumOut() int {
	if t.Kind() != Func {
		panic("reflect: NumOut of non-func type " + t.String())
	}
	return t.nfields - int(t.len)
}

func (t *rtype) Out(i int) Type {
	if t.Kind() != Func {
		panic("reflect: Out of non-func type " + t.String())
	}
	if i < 0 || i >= t.nfields-int(t.len) {
		panic("reflect: Function index out of bounds")
	}
	return toType(t.field(int(t.len) + i).typ)
}

func (t *rtype) method(i int) *method {
	return (*method)(unsafe.Add(t.methods, uintptr(i)*unsafe.Sizeof(method{})))
}

// exportedMethods lists the indices (in the descriptor's table) of the methods reflect
// shows: an interface's all, a concrete type's exported ones.
func (t *rtype) exportedMethods() []int {
	var out []int
	for i := 0; i < t.nmethods; i++ {
		m := t.method(i)
		if t.Kind() == Interface || isExported(m.name) {
			out = append(out, i)
		}
	}
	return out
}

func (t *rtype) NumMethod() int {
	return len(t.exportedMethods())
}

func (t *rtype) Method(i int) Method {
	ms := t.exportedMethods()
	if i < 0 || i >= len(ms) {
		panic("reflect: Method index out of range")
	}
	m := t.method(ms[i])
	out := Method{Name: m.name, Index: i}
	if !isExported(m.name) {
		out.PkgPath = t.pkgpath
	}
	if t.Kind() == Interface {
		out.Type = toType(m.typ)
		return out
	}
	if m.mtyp != nil {
		// The method expression T.M: a function of the receiver and the arguments.
		mt := m.mtyp
		out.Type = toType(mt)
		out.Func = MakeFunc(mt, func(args []Value) []Value {
			if mt.IsVariadic() {
				return args[0].Method(i).CallSlice(args[1:])
			}
			return args[0].Method(i).Call(args[1:])
		})
	}
	return out
}

func (t *rtype) MethodByName(name string) (Method, bool) {
	ms := t.exportedMethods()
	for i, mi := range ms {
		if t.method(mi).name == name {
			return t.Method(i), true
		}
	}
	return Method{}, false
}

func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return implementsType(u.common(), t)
}

func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	uu := u.common()
	return directlyAssignable(uu, t) || implementsType(uu, t)
}

func (t *rtype) ConvertibleTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.ConvertibleTo")
	}
	return convertOp(u.common(), t) != nil
}

func (t *rtype) Comparable() bool {
	switch t.Kind() {
	case Func, Map, Slice:
		return false
	case Array:
		return t.elem.Comparable()
	case Struct:
		for i := 0; i < t.nfields; i++ {
			if !t.field(i).typ.Comparable() {
				return false
			}
		}
	}
	return true
}

// implementsType reports whether a value of type v has every method of interface t.
func implementsType(t, v *rtype) bool {
	if t.Kind() != Interface {
		return false
	}
	if t.nmethods == 0 {
		return true
	}
	if v.Kind() == Interface {
		j := 0
		for i := 0; i < t.nmethods; i++ {
			tm := t.method(i)
			for j < v.nmethods && v.method(j).name < tm.name {
				j++
			}
			if j >= v.nmethods || v.method(j).name != tm.name || v.method(j).typ != tm.typ {
				return false
			}
		}
		return true
	}
	return implements(v, t)
}

// directlyAssignable: a value of type v can be assigned to a variable of type t without
// interfaces (identical types, or identical underlying types of which one is unnamed).
func directlyAssignable(t, v *rtype) bool {
	if t == v {
		return true
	}
	if t.hasName() && v.hasName() || t.Kind() != v.Kind() {
		return false
	}
	if t.Kind() == Chan && v.ChanDir() == BothDir && t.elem == v.elem {
		return true
	}
	return haveIdenticalUnderlyingType(t, v)
}

func haveIdenticalType(t, v *rtype) bool {
	return t == v
}

// haveIdenticalUnderlyingType compares two descriptors' structure: the compiler emits one
// descriptor per type, so element types are identical exactly when their descriptors are
// the same.
func haveIdenticalUnderlyingType(t, v *rtype) bool {
	if t == v {
		return true
	}
	k := t.Kind()
	if k != v.Kind() {
		return false
	}
	if Bool <= k && k <= Complex128 || k == String || k == UnsafePointer {
		return true
	}
	switch k {
	case Array:
		return t.len == v.len && haveIdenticalType(t.elem, v.elem)
	case Chan:
		return t.ChanDir() == v.ChanDir() && haveIdenticalType(t.elem, v.elem)
	case Pointer, Slice:
		return haveIdenticalType(t.elem, v.elem)
	case Map:
		return haveIdenticalType(t.key, v.key) && haveIdenticalType(t.elem, v.elem)
	case Func:
		if t.len != v.len || t.nfields != v.nfields || t.IsVariadic() != v.IsVariadic() {
			return false
		}
		for i := 0; i < t.nfields; i++ {
			if t.field(i).typ != v.field(i).typ {
				return false
			}
		}
		return true
	case Interface:
		if t.nmethods != v.nmethods {
			return false
		}
		for i := 0; i < t.nmethods; i++ {
			if t.method(i).name != v.method(i).name || t.method(i).typ != v.method(i).typ {
				return false
			}
		}
		return true
	case Struct:
		if t.nfields != v.nfields {
			return false
		}
		for i := 0; i < t.nfields; i++ {
			tf, vf := t.field(i), v.field(i)
			if tf.name != vf.name || tf.typ != vf.typ || tf.tag != vf.tag ||
				tf.offset != vf.offset || tf.embedded != vf.embedded {
				return false
			}
		}
		return true
	}
	return false
}

var ptrMap struct {
	sync.Mutex
	m map[*rtype]*rtype
}

var onePointerMask = [1]byte{1}

// PointerTo returns the pointer type with element t: the compiler's descriptor of *T when
// the program has one, else one made here (once per element type).
func PointerTo(t Type) Type {
	return toType(ptrTo(t.common()))
}

// PtrTo is the old name for PointerTo.
func PtrTo(t Type) Type { return PointerTo(t) }

func ptrTo(t *rtype) *rtype {
	if t.ptrto != nil {
		return t.ptrto
	}
	ptrMap.Lock()
	defer ptrMap.Unlock()
	if p, ok := ptrMap.m[t]; ok {
		return p
	}
	if p := lookupType(func(p *rtype) bool {
		return p.Kind() == Pointer && p.elem == t && p.tflag&tflagNamed == 0
	}); p != nil {
		return p
	}
	if ptrMap.m == nil {
		ptrMap.m = map[*rtype]*rtype{}
	}
	p := &rtype{
		size:    unsafe.Sizeof(uintptr(0)),
		kind:    uint8(Pointer),
		align:   uint8(unsafe.Alignof(uintptr(0))),
		str:     "*" + t.str,
		elem:    t,
		ptrdata: unsafe.Sizeof(uintptr(0)),
		gcdata:  &onePointerMask[0],
	}
	ptrMap.m[t] = p
	return p
}
