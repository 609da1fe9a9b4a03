// Package reflect: Value, a Go value with its type descriptor, read and written in place
// through unsafe pointers, as Go's reflect/value.go does.
package reflect

import (
	"math"
	"strconv"
	"sync"
	"unsafe"
)

const ptrSize = unsafe.Sizeof(uintptr(0))

// flag holds a Value's kind and how its ptr is to be read, as Go's reflect.flag.
type flag uintptr

const (
	flagKindWidth        = 5
	flagKindMask    flag = 1<<flagKindWidth - 1
	flagStickyRO    flag = 1 << 5
	flagEmbedRO     flag = 1 << 6
	flagIndir       flag = 1 << 7
	flagAddr        flag = 1 << 8
	flagMethod      flag = 1 << 9
	flagMethodShift      = 10
	flagRO          flag = flagStickyRO | flagEmbedRO
)

func (f flag) kind() Kind { return Kind(f & flagKindMask) }

func (f flag) ro() flag {
	if f&flagRO != 0 {
		return flagStickyRO
	}
	return 0
}

// Value is the reflection interface to a Go value. ptr points at the value (flagIndir), or
// is the value itself for pointer-shaped types (pointers, maps, chans, funcs,
// unsafe.Pointer), which is how interfaces hold them too.
type Value struct {
	typ  *rtype
	ptr  unsafe.Pointer
	flag flag
}

// A ValueError occurs when a Value method is invoked on a Value that does not support it.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == 0 {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

func (f flag) mustBe(k Kind, name string) {
	if f.kind() != k {
		panic(&ValueError{name, f.kind()})
	}
}

func (f flag) mustBeExported(name string) {
	if f == 0 {
		panic(&ValueError{name, Invalid})
	}
	if f&flagRO != 0 {
		panic("reflect: " + name + " using value obtained using unexported field")
	}
}

func (f flag) mustBeAssignable(name string) {
	if f == 0 {
		panic(&ValueError{name, Invalid})
	}
	if f&flagRO != 0 {
		panic("reflect: " + name + " using value obtained using unexported field")
	}
	if f&flagAddr == 0 {
		panic("reflect: " + name + " using unaddressable value")
	}
}

// ifaceIndir reports whether t is stored behind a pointer in an interface.
func ifaceIndir(t *rtype) bool {
	switch t.Kind() {
	case Pointer, Func, Map, Chan, UnsafePointer:
		return false
	}
	return true
}

// ValueOf returns a new Value initialized to the concrete value stored in i.
func ValueOf(i any) Value {
	if i == nil {
		return Value{}
	}
	return unpackEface(i)
}

func unpackEface(i any) Value {
	e := (*emptyInterface)(unsafe.Pointer(&i))
	t := e.typ
	if t == nil {
		return Value{}
	}
	f := flag(t.Kind())
	if ifaceIndir(t) {
		f |= flagIndir
	}
	return Value{t, e.word, f}
}

// packEface makes an interface value of v (copying an addressable value, which may change).
func packEface(v Value) any {
	t := v.typ
	var i any
	e := (*emptyInterface)(unsafe.Pointer(&i))
	switch {
	case ifaceIndir(t):
		ptr := v.ptr
		if v.flag&flagAddr != 0 {
			c := unsafe_New(t)
			typedmemmove(t, c, ptr)
			ptr = c
		}
		e.word = ptr
	case v.flag&flagIndir != 0:
		e.word = *(*unsafe.Pointer)(v.ptr)
	default:
		e.word = v.ptr
	}
	e.typ = t
	return i
}

func unsafe_New(t *rtype) unsafe.Pointer {
	return alloc(t.size, t)
}

func typedmemmove(t *rtype, dst, src unsafe.Pointer) {
	if t.size > 0 && dst != src {
		memmove(dst, src, t.size)
	}
}

// IsValid reports whether v represents a value.
func (v Value) IsValid() bool { return v.flag != 0 }

// Kind returns v's Kind (Invalid for the zero Value).
func (v Value) Kind() Kind { return v.flag.kind() }

// Type returns v's type.
func (v Value) Type() Type {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.Type", Invalid})
	}
	if v.flag&flagMethod != 0 {
		return toType(v.methodType())
	}
	return v.typ
}

// CanAddr reports whether the value's address can be obtained with Addr.
func (v Value) CanAddr() bool { return v.flag&flagAddr != 0 }

// CanSet reports whether the value of v can be changed.
func (v Value) CanSet() bool { return v.flag&(flagAddr|flagRO) == flagAddr }

// CanInterface reports whether Interface can be used without panicking.
func (v Value) CanInterface() bool {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.CanInterface", Invalid})
	}
	return v.flag&flagRO == 0
}

// Interface returns v's current value as an interface{}.
func (v Value) Interface() any {
	return valueInterface(v, true)
}

func valueInterface(v Value, safe bool) any {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.Interface", Invalid})
	}
	if safe && v.flag&flagRO != 0 {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	if v.flag&flagMethod != 0 {
		v = makeMethodValue(v)
	}
	if v.Kind() == Interface {
		return *(*any)(v.ptr)
	}
	return packEface(v)
}

// Addr returns a pointer value representing the address of v.
func (v Value) Addr() Value {
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.Addr of unaddressable value")
	}
	fl := v.flag & flagRO
	return Value{ptrTo(v.typ), v.ptr, fl | flag(Pointer)}
}

// UnsafeAddr returns a pointer to v's data.
func (v Value) UnsafeAddr() uintptr {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.UnsafeAddr", Invalid})
	}
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.UnsafeAddr of unaddressable value")
	}
	return uintptr(v.ptr)
}

func (v Value) pointer() unsafe.Pointer {
	if v.flag&flagIndir != 0 {
		return *(*unsafe.Pointer)(v.ptr)
	}
	return v.ptr
}

// Bool returns v's underlying value.
func (v Value) Bool() bool {
	if v.Kind() != Bool {
		panic(&ValueError{"reflect.Value.Bool", v.Kind()})
	}
	return *(*bool)(v.ptr)
}

// Bytes returns v's underlying value (a slice of bytes or an addressable byte array).
func (v Value) Bytes() []byte {
	switch v.Kind() {
	case Slice:
		if v.typ.elem.Kind() != Uint8 {
			panic("reflect.Value.Bytes of non-byte slice")
		}
		return *(*[]byte)(v.ptr)
	case Array:
		if v.typ.elem.Kind() != Uint8 {
			panic("reflect.Value.Bytes of non-byte array")
		}
		if !v.CanAddr() {
			panic("reflect.Value.Bytes of unaddressable byte array")
		}
		return unsafe.Slice((*byte)(v.ptr), int(v.typ.len))
	}
	panic(&ValueError{"reflect.Value.Bytes", v.Kind()})
}

// CanInt reports whether Int can be used without panicking.
func (v Value) CanInt() bool {
	switch v.Kind() {
	case Int, Int8, Int16, Int32, Int64:
		return true
	}
	return false
}

// Int returns v's underlying value, as an int64.
func (v Value) Int() int64 {
	p := v.ptr
	switch v.Kind() {
	case Int:
		return int64(*(*int)(p))
	case Int8:
		return int64(*(*int8)(p))
	case Int16:
		return int64(*(*int16)(p))
	case Int32:
		return int64(*(*int32)(p))
	case Int64:
		return *(*int64)(p)
	}
	panic(&ValueError{"reflect.Value.Int", v.Kind()})
}

// CanUint reports whether Uint can be used without panicking.
func (v Value) CanUint() bool {
	switch v.Kind() {
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return true
	}
	return false
}

// Uint returns v's underlying value, as a uint64.
func (v Value) Uint() uint64 {
	p := v.ptr
	switch v.Kind() {
	case Uint:
		return uint64(*(*uint)(p))
	case Uint8:
		return uint64(*(*uint8)(p))
	case Uint16:
		return uint64(*(*uint16)(p))
	case Uint32:
		return uint64(*(*uint32)(p))
	case Uint64:
		return *(*uint64)(p)
	case Uintptr:
		return uint64(*(*uintptr)(p))
	}
	panic(&ValueError{"reflect.Value.Uint", v.Kind()})
}

// CanFloat reports whether Float can be used without panicking.
func (v Value) CanFloat() bool {
	return v.Kind() == Float32 || v.Kind() == Float64
}

// Float returns v's underlying value, as a float64.
func (v Value) Float() float64 {
	switch v.Kind() {
	case Float32:
		return float64(*(*float32)(v.ptr))
	case Float64:
		return *(*float64)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Float", v.Kind()})
}

// CanComplex reports whether Complex can be used without panicking.
func (v Value) CanComplex() bool {
	return v.Kind() == Complex64 || v.Kind() == Complex128
}

// Complex returns v's underlying value, as a complex128.
func (v Value) Complex() complex128 {
	switch v.Kind() {
	case Complex64:
		return complex128(*(*complex64)(v.ptr))
	case Complex128:
		return *(*complex128)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Complex", v.Kind()})
}

// SetComplex sets v's underlying value to x.
func (v Value) SetComplex(x complex128) {
	v.flag.mustBeAssignable("reflect.Value.SetComplex")
	switch v.Kind() {
	default:
		panic(&ValueError{"reflect.Value.SetComplex", v.Kind()})
	case Complex64:
		*(*complex64)(v.ptr) = complex64(x)
	case Complex128:
		*(*complex128)(v.ptr) = x
	}
}

// OverflowComplex reports whether the complex128 x cannot be represented by v's type.
func (v Value) OverflowComplex(x complex128) bool {
	switch v.Kind() {
	case Complex64:
		return overflowFloat32(real(x)) || overflowFloat32(imag(x))
	case Complex128:
		return false
	}
	panic(&ValueError{"reflect.Value.OverflowComplex", v.Kind()})
}

func overflowFloat32(x float64) bool {
	if x < 0 {
		x = -x
	}
	return math.MaxFloat32 < x && x <= math.MaxFloat64
}

// String returns the string v's underlying value, or "<T Value>" for other kinds.
func (v Value) String() string {
	if v.Kind() == String {
		return *(*string)(v.ptr)
	}
	if v.Kind() == Invalid {
		return "<invalid Value>"
	}
	return "<" + v.Type().String() + " Value>"
}

// Pointer returns v's value as a uintptr (pointers, maps, chans, slices, unsafe.Pointer; for
// a func, its code pointer, which runtime.FuncForPC names).
func (v Value) Pointer() uintptr {
	switch v.Kind() {
	case Func:
		if v.flag&flagMethod != 0 {
			return uintptr(v.typ.method(v.typ.exportedMethods()[int(v.flag>>flagMethodShift)]).code)
		}
		p := v.pointer()
		if p == nil {
			return 0
		}
		return *(*uintptr)(p)
	case Pointer, Chan, Map, UnsafePointer:
		return uintptr(v.pointer())
	case Slice:
		return uintptr((*sliceHeader)(v.ptr).Data)
	}
	panic(&ValueError{"reflect.Value.Pointer", v.Kind()})
}

// UnsafePointer returns v's value as an unsafe.Pointer.
func (v Value) UnsafePointer() unsafe.Pointer {
	switch v.Kind() {
	case Pointer, Chan, Map, UnsafePointer, Func:
		return v.pointer()
	case Slice:
		return (*sliceHeader)(v.ptr).Data
	}
	panic(&ValueError{"reflect.Value.UnsafePointer", v.Kind()})
}

// IsNil reports whether its argument v is nil.
func (v Value) IsNil() bool {
	switch v.Kind() {
	case Chan, Func, Map, Pointer, UnsafePointer:
		return v.pointer() == nil
	case Interface, Slice:
		return *(*unsafe.Pointer)(v.ptr) == nil
	}
	panic(&ValueError{"reflect.Value.IsNil", v.Kind()})
}

// IsZero reports whether v is the zero value for its type.
func (v Value) IsZero() bool {
	switch v.Kind() {
	case Bool:
		return !v.Bool()
	case Int, Int8, Int16, Int32, Int64:
		return v.Int() == 0
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return v.Uint() == 0
	case Float32, Float64:
		return math.Float64bits(v.Float()) == 0
	case Complex64, Complex128:
		c := v.Complex()
		return math.Float64bits(real(c)) == 0 && math.Float64bits(imag(c)) == 0
	case Array:
		for i := 0; i < v.Len(); i++ {
			if !v.Index(i).IsZero() {
				return false
			}
		}
		return true
	case Chan, Func, Interface, Map, Pointer, Slice, UnsafePointer:
		return v.IsNil()
	case String:
		return v.Len() == 0
	case Struct:
		for i := 0; i < v.NumField(); i++ {
			if !v.Field(i).IsZero() {
				return false
			}
		}
		return true
	}
	panic(&ValueError{"reflect.Value.IsZero", v.Kind()})
}

// Elem returns the value that the interface v contains or that the pointer v points to.
func (v Value) Elem() Value {
	switch v.Kind() {
	case Interface:
		x := unpackEface(*(*any)(v.ptr))
		if x.flag != 0 {
			x.flag |= v.flag.ro()
		}
		return x
	case Pointer:
		ptr := v.pointer()
		if ptr == nil {
			return Value{}
		}
		typ := v.typ.elem
		fl := v.flag&flagRO | flagIndir | flagAddr | flag(typ.Kind())
		return Value{typ, ptr, fl}
	}
	panic(&ValueError{"reflect.Value.Elem", v.Kind()})
}

// Indirect returns the value that v points to (v itself when it is not a pointer).
func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}

// NumField returns the number of fields in the struct v.
func (v Value) NumField() int {
	v.flag.mustBe(Struct, "reflect.Value.NumField")
	return v.typ.nfields
}

// Field returns the i'th field of the struct v.
func (v Value) Field(i int) Value {
	if v.Kind() != Struct {
		panic(&ValueError{"reflect.Value.Field", v.Kind()})
	}
	if uint(i) >= uint(v.typ.nfields) {
		panic("reflect: Field index out of range")
	}
	field := v.typ.field(i)
	typ := field.typ
	fl := v.flag&(flagStickyRO|flagIndir|flagAddr) | flag(typ.Kind())
	if !isExported(field.name) {
		if field.embedded != 0 {
			fl |= flagEmbedRO
		} else {
			fl |= flagStickyRO
		}
	}
	return Value{typ, unsafe.Add(v.ptr, field.offset), fl | flagIndir}
}

// FieldByIndex returns the nested field corresponding to index.
func (v Value) FieldByIndex(index []int) Value {
	if len(index) == 1 {
		return v.Field(index[0])
	}
	v.flag.mustBe(Struct, "reflect.Value.FieldByIndex")
	for i, x := range index {
		if i > 0 {
			if v.Kind() == Pointer && v.typ.elem.Kind() == Struct {
				if v.IsNil() {
					panic("reflect: indirection through nil pointer to embedded struct")
				}
				v = v.Elem()
			}
		}
		v = v.Field(x)
	}
	return v
}

// FieldByName returns the struct field with the given name (the zero Value if none).
func (v Value) FieldByName(name string) Value {
	v.flag.mustBe(Struct, "reflect.Value.FieldByName")
	if f, ok := v.typ.FieldByName(name); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

type sliceHeader struct {
	Data unsafe.Pointer
	Len  int
	Cap  int
}

type stringHeader struct {
	Data unsafe.Pointer
	Len  int
}

// Index returns v's i'th element (array, slice or string).
func (v Value) Index(i int) Value {
	switch v.Kind() {
	case Array:
		if uint(i) >= uint(v.typ.len) {
			panic("reflect: array index out of range")
		}
		typ := v.typ.elem
		fl := v.flag&(flagIndir|flagAddr) | v.flag.ro() | flag(typ.Kind()) | flagIndir
		return Value{typ, unsafe.Add(v.ptr, uintptr(i)*typ.size), fl}
	case Slice:
		s := (*sliceHeader)(v.ptr)
		if uint(i) >= uint(s.Len) {
			panic("reflect: slice index out of range")
		}
		typ := v.typ.elem
		fl := flagAddr | flagIndir | v.flag.ro() | flag(typ.Kind())
		return Value{typ, unsafe.Add(s.Data, uintptr(i)*typ.size), fl}
	case String:
		s := (*stringHeader)(v.ptr)
		if uint(i) >= uint(s.Len) {
			panic("reflect: string index out of range")
		}
		p := unsafe.Add(s.Data, i)
		return Value{uint8Type, p, v.flag.ro() | flag(Uint8) | flagIndir}
	}
	panic(&ValueError{"reflect.Value.Index", v.Kind()})
}

var uint8Type = TypeOf(uint8(0)).common()

// Len returns v's length.
func (v Value) Len() int {
	switch v.Kind() {
	case Array:
		return int(v.typ.len)
	case Chan:
		return chanlen(v.pointer())
	case Map:
		return maplen(v.pointer())
	case Slice:
		return (*sliceHeader)(v.ptr).Len
	case String:
		return (*stringHeader)(v.ptr).Len
	case Pointer:
		if v.typ.elem.Kind() == Array {
			return int(v.typ.elem.len)
		}
	}
	panic(&ValueError{"reflect.Value.Len", v.Kind()})
}

// Cap returns v's capacity.
func (v Value) Cap() int {
	switch v.Kind() {
	case Array:
		return int(v.typ.len)
	case Chan:
		return chancap(v.pointer())
	case Slice:
		return (*sliceHeader)(v.ptr).Cap
	case Pointer:
		if v.typ.elem.Kind() == Array {
			return int(v.typ.elem.len)
		}
	}
	panic(&ValueError{"reflect.Value.Cap", v.Kind()})
}

// NumMethod returns the number of methods in the value's method set.
func (v Value) NumMethod() int {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.NumMethod", Invalid})
	}
	if v.flag&flagMethod != 0 {
		return 0
	}
	return v.typ.NumMethod()
}

// Set assigns x to the value v.
func (v Value) Set(x Value) {
	v.flag.mustBeAssignable("reflect.Set")
	x.flag.mustBeExported("reflect.Set")
	x = x.assignTo("reflect.Set", v.typ, nil)
	if x.flag&flagIndir != 0 {
		typedmemmove(v.typ, v.ptr, x.ptr)
	} else {
		*(*unsafe.Pointer)(v.ptr) = x.ptr
	}
}

// assignTo returns a Value of type dst holding v, for assignment (directly or into an
// interface); target, when not nil, is where an interface value is built.
func (v Value) assignTo(context string, dst *rtype, target unsafe.Pointer) Value {
	switch {
	case directlyAssignable(dst, v.typ):
		fl := v.flag&(flagAddr|flagIndir) | v.flag.ro()
		fl |= flag(dst.Kind())
		return Value{dst, v.ptr, fl}
	case implementsType(dst, v.typ):
		if target == nil {
			target = unsafe_New(dst)
		}
		if v.Kind() == Interface && v.IsNil() {
			return Value{dst, target, flagIndir | flag(Interface)}
		}
		x := valueInterface(v, false)
		*(*any)(target) = x
		return Value{dst, target, flagIndir | flag(Interface)}
	}
	panic(context + ": value of type " + v.typ.String() + " is not assignable to type " + dst.String())
}

// SetBool sets v's underlying value.
func (v Value) SetBool(x bool) {
	v.flag.mustBeAssignable("reflect.Value.SetBool")
	v.flag.mustBe(Bool, "reflect.Value.SetBool")
	*(*bool)(v.ptr) = x
}

// SetBytes sets v's underlying value.
func (v Value) SetBytes(x []byte) {
	v.flag.mustBeAssignable("reflect.Value.SetBytes")
	v.flag.mustBe(Slice, "reflect.Value.SetBytes")
	if v.typ.elem.Kind() != Uint8 {
		panic("reflect.Value.SetBytes of non-byte slice")
	}
	*(*[]byte)(v.ptr) = x
}

// SetInt sets v's underlying value to x.
func (v Value) SetInt(x int64) {
	v.flag.mustBeAssignable("reflect.Value.SetInt")
	switch k := v.Kind(); k {
	default:
		panic(&ValueError{"reflect.Value.SetInt", v.Kind()})
	case Int:
		*(*int)(v.ptr) = int(x)
	case Int8:
		*(*int8)(v.ptr) = int8(x)
	case Int16:
		*(*int16)(v.ptr) = int16(x)
	case Int32:
		*(*int32)(v.ptr) = int32(x)
	case Int64:
		*(*int64)(v.ptr) = x
	}
}

// SetUint sets v's underlying value to x.
func (v Value) SetUint(x uint64) {
	v.flag.mustBeAssignable("reflect.Value.SetUint")
	switch k := v.Kind(); k {
	default:
		panic(&ValueError{"reflect.Value.SetUint", v.Kind()})
	case Uint:
		*(*uint)(v.ptr) = uint(x)
	case Uint8:
		*(*uint8)(v.ptr) = uint8(x)
	case Uint16:
		*(*uint16)(v.ptr) = uint16(x)
	case Uint32:
		*(*uint32)(v.ptr) = uint32(x)
	case Uint64:
		*(*uint64)(v.ptr) = x
	case Uintptr:
		*(*uintptr)(v.ptr) = uintptr(x)
	}
}

// SetFloat sets v's underlying value to x.
func (v Value) SetFloat(x float64) {
	v.flag.mustBeAssignable("reflect.Value.SetFloat")
	switch k := v.Kind(); k {
	default:
		panic(&ValueError{"reflect.Value.SetFloat", v.Kind()})
	case Float32:
		*(*float32)(v.ptr) = float32(x)
	case Float64:
		*(*float64)(v.ptr) = x
	}
}

// SetString sets v's underlying value to x.
func (v Value) SetString(x string) {
	v.flag.mustBeAssignable("reflect.Value.SetString")
	v.flag.mustBe(String, "reflect.Value.SetString")
	*(*string)(v.ptr) = x
}

// SetPointer sets the unsafe.Pointer value v to x.
func (v Value) SetPointer(x unsafe.Pointer) {
	v.flag.mustBeAssignable("reflect.Value.SetPointer")
	v.flag.mustBe(UnsafePointer, "reflect.Value.SetPointer")
	*(*unsafe.Pointer)(v.ptr) = x
}

// SetLen sets v's length to n.
func (v Value) SetLen(n int) {
	v.flag.mustBeAssignable("reflect.Value.SetLen")
	v.flag.mustBe(Slice, "reflect.Value.SetLen")
	s := (*sliceHeader)(v.ptr)
	if uint(n) > uint(s.Cap) {
		panic("reflect: slice length out of range in SetLen")
	}
	s.Len = n
}

// SetCap sets v's capacity to n.
func (v Value) SetCap(n int) {
	v.flag.mustBeAssignable("reflect.Value.SetCap")
	v.flag.mustBe(Slice, "reflect.Value.SetCap")
	s := (*sliceHeader)(v.ptr)
	if n < s.Len || n > s.Cap {
		panic("reflect: slice capacity out of range in SetCap")
	}
	s.Cap = n
}

// OverflowInt reports whether the int64 x cannot be represented by v's type.
func (v Value) OverflowInt(x int64) bool {
	switch v.Kind() {
	case Int, Int8, Int16, Int32, Int64:
		bitSize := v.typ.size * 8
		trunc := (x << (64 - bitSize)) >> (64 - bitSize)
		return x != trunc
	}
	panic(&ValueError{"reflect.Value.OverflowInt", v.Kind()})
}

// OverflowUint reports whether the uint64 x cannot be represented by v's type.
func (v Value) OverflowUint(x uint64) bool {
	switch v.Kind() {
	case Uint, Uintptr, Uint8, Uint16, Uint32, Uint64:
		bitSize := v.typ.size * 8
		trunc := (x << (64 - bitSize)) >> (64 - bitSize)
		return x != trunc
	}
	panic(&ValueError{"reflect.Value.OverflowUint", v.Kind()})
}

// OverflowFloat reports whether the float64 x cannot be represented by v's type.
func (v Value) OverflowFloat(x float64) bool {
	switch v.Kind() {
	case Float32:
		if x < 0 {
			x = -x
		}
		return math.MaxFloat32 < x && x <= math.MaxFloat64
	case Float64:
		return false
	}
	panic(&ValueError{"reflect.Value.OverflowFloat", v.Kind()})
}

// Slice returns v[i:j].
func (v Value) Slice(i, j int) Value {
	var cap int
	var typ *rtype
	var base unsafe.Pointer
	switch v.Kind() {
	default:
		panic(&ValueError{"reflect.Value.Slice", v.Kind()})
	case Array:
		if v.flag&flagAddr == 0 {
			panic("reflect.Value.Slice: slice of unaddressable array")
		}
		cap = int(v.typ.len)
		typ = sliceOf(v.typ.elem)
		base = v.ptr
	case Slice:
		typ = v.typ
		s := (*sliceHeader)(v.ptr)
		base = s.Data
		cap = s.Cap
	case String:
		s := (*stringHeader)(v.ptr)
		if i < 0 || j < i || j > s.Len {
			panic("reflect.Value.Slice: string slice index out of bounds")
		}
		t := new(stringHeader)
		if i < s.Len {
			t.Data = unsafe.Add(s.Data, i)
			t.Len = j - i
		}
		return Value{v.typ, unsafe.Pointer(t), v.flag.ro() | flagIndir | flag(String)}
	}
	if i < 0 || j < i || j > cap {
		panic("reflect.Value.Slice: slice index out of bounds")
	}
	s := new(sliceHeader)
	s.Len = j - i
	s.Cap = cap - i
	if cap-i > 0 {
		s.Data = unsafe.Add(base, uintptr(i)*typ.elem.size)
	} else {
		s.Data = base
	}
	return Value{typ, unsafe.Pointer(s), v.flag.ro() | flagIndir | flag(Slice)}
}

var sliceMap struct {
	sync.Mutex
	m map[*rtype]*rtype
}

// SliceOf returns the slice type with element type t.
func SliceOf(t Type) Type { return sliceOf(t.common()) }

// sliceOf finds []T among the program's descriptors through a slice made here: the compiler
// emits the descriptor of every slice type the program uses; others are made once.
func sliceOf(elem *rtype) *rtype {
	sliceMap.Lock()
	defer sliceMap.Unlock()
	if t, ok := sliceMap.m[elem]; ok {
		return t
	}
	if t := lookupType(func(t *rtype) bool {
		return t.Kind() == Slice && t.elem == elem && t.tflag&tflagNamed == 0
	}); t != nil {
		return t
	}
	if sliceMap.m == nil {
		sliceMap.m = map[*rtype]*rtype{}
	}
	t := &rtype{
		size:    3 * ptrSize,
		kind:    uint8(Slice),
		align:   uint8(ptrSize),
		str:     "[]" + elem.str,
		elem:    elem,
		ptrdata: ptrSize,
		gcdata:  &onePointerMask[0],
	}
	sliceMap.m[elem] = t
	return t
}

// MapIndex returns the value associated with key in the map v (the zero Value if absent).
func (v Value) MapIndex(key Value) Value {
	v.flag.mustBe(Map, "reflect.Value.MapIndex")
	tt := v.typ
	key = key.assignTo("reflect.Value.MapIndex", tt.key, nil)
	var k unsafe.Pointer
	if key.flag&flagIndir != 0 {
		k = key.ptr
	} else {
		k = unsafe.Pointer(&key.ptr)
	}
	if tt.key.Kind() == Interface {
		if bad := mapkeyunhashable(tt.key, k); bad != nil {
			panic(runtimeError("hash of unhashable type " + bad.str))
		}
	}
	e := mapaccess(tt, v.pointer(), k)
	if e == nil {
		return Value{}
	}
	typ := tt.elem
	fl := (v.flag | key.flag).ro()
	fl |= flag(typ.Kind())
	return copyVal(typ, fl, e)
}

// copyVal returns a Value holding a copy of the value of type typ at ptr.
func copyVal(typ *rtype, fl flag, ptr unsafe.Pointer) Value {
	if ifaceIndir(typ) {
		c := unsafe_New(typ)
		typedmemmove(typ, c, ptr)
		return Value{typ, c, fl | flagIndir}
	}
	return Value{typ, *(*unsafe.Pointer)(ptr), fl}
}

// hiter is runtime/src/map.rs's MapIter (64 bytes).
type hiter struct {
	key   unsafe.Pointer
	elem  unsafe.Pointer
	m     unsafe.Pointer
	pos   uintptr
	end   uintptr
	start uintptr
	phase uintptr
	_     uintptr
}

// MapKeys returns the keys of the map v, in unspecified order.
func (v Value) MapKeys() []Value {
	v.flag.mustBe(Map, "reflect.Value.MapKeys")
	tt := v.typ
	keyType := tt.key
	fl := v.flag.ro() | flag(keyType.Kind())
	m := v.pointer()
	mlen := 0
	if m != nil {
		mlen = maplen(m)
	}
	var it hiter
	mapiterinit(tt, m, &it)
	a := make([]Value, mlen)
	var i int
	for i = 0; i < len(a); i++ {
		if it.key == nil {
			break
		}
		a[i] = copyVal(keyType, fl, it.key)
		mapiternext(&it)
	}
	return a[:i]
}

// A MapIter is an iterator for ranging over a map (Value.MapRange).
type MapIter struct {
	m       Value
	it      hiter
	started bool
}

// Key returns the key of iter's current map entry.
func (iter *MapIter) Key() Value {
	if !iter.started || iter.it.key == nil {
		panic("MapIter.Key called before Next")
	}
	t := iter.m.typ
	return copyVal(t.key, iter.m.flag.ro()|flag(t.key.Kind()), iter.it.key)
}

// Value returns the value of iter's current map entry.
func (iter *MapIter) Value() Value {
	if !iter.started || iter.it.key == nil {
		panic("MapIter.Value called before Next")
	}
	t := iter.m.typ
	return copyVal(t.elem, iter.m.flag.ro()|flag(t.elem.Kind()), iter.it.elem)
}

// Next advances the map iterator and reports whether there is another entry.
func (iter *MapIter) Next() bool {
	if !iter.m.IsValid() {
		panic("MapIter.Next called on an iterator that does not have an associated map Value")
	}
	if !iter.started {
		iter.started = true
		mapiterinit(iter.m.typ, iter.m.pointer(), &iter.it)
	} else {
		if iter.it.key == nil {
			panic("MapIter.Next called on exhausted iterator")
		}
		mapiternext(&iter.it)
	}
	return iter.it.key != nil
}

// Reset modifies iter to iterate over v.
func (iter *MapIter) Reset(v Value) {
	if v.IsValid() {
		v.flag.mustBe(Map, "reflect.MapIter.Reset")
	}
	iter.m = v
	iter.it = hiter{}
	iter.started = false
}

// MapRange returns a range iterator for a map.
func (v Value) MapRange() *MapIter {
	if v.Kind() != Map {
		panic(&ValueError{"reflect.Value.MapRange", v.Kind()})
	}
	return &MapIter{m: v}
}

// SetMapIndex sets the element associated with key in the map v to elem (deletes the key
// when elem is the zero Value).
func (v Value) SetMapIndex(key, elem Value) {
	v.flag.mustBe(Map, "reflect.Value.SetMapIndex")
	v.flag.mustBeExported("reflect.Value.SetMapIndex")
	key.flag.mustBeExported("reflect.Value.SetMapIndex")
	tt := v.typ
	key = key.assignTo("reflect.Value.SetMapIndex", tt.key, nil)
	var k unsafe.Pointer
	if key.flag&flagIndir != 0 {
		k = key.ptr
	} else {
		k = unsafe.Pointer(&key.ptr)
	}
	if tt.key.Kind() == Interface {
		if bad := mapkeyunhashable(tt.key, k); bad != nil {
			panic(runtimeError("hash of unhashable type " + bad.str))
		}
	}
	m := v.pointer()
	if elem.typ == nil {
		if m != nil {
			mapdelete(tt, m, k)
		}
		return
	}
	elem.flag.mustBeExported("reflect.Value.SetMapIndex")
	elem = elem.assignTo("reflect.Value.SetMapIndex", tt.elem, nil)
	if m == nil {
		panic(plainError("assignment to entry in nil map"))
	}
	p := mapassign(tt, m, k)
	if elem.flag&flagIndir != 0 {
		typedmemmove(tt.elem, p, elem.ptr)
	} else {
		*(*unsafe.Pointer)(p) = elem.ptr
	}
}

// New returns a Value representing a pointer to a new zero value for the specified type.
func New(typ Type) Value {
	if typ == nil {
		panic("reflect: New(nil)")
	}
	t := typ.common()
	pt := ptrTo(t)
	ptr := unsafe_New(t)
	return Value{pt, ptr, flag(Pointer)}
}

// NewAt returns a Value representing a pointer to a value of the specified type at p.
func NewAt(typ Type, p unsafe.Pointer) Value {
	return Value{ptrTo(typ.common()), p, flag(Pointer)}
}

// Zero returns a Value representing the zero value for the specified type.
func Zero(typ Type) Value {
	if typ == nil {
		panic("reflect: Zero(nil)")
	}
	t := typ.common()
	fl := flag(t.Kind())
	if ifaceIndir(t) {
		return Value{t, unsafe_New(t), fl | flagIndir}
	}
	return Value{t, nil, fl}
}

// MakeSlice creates a new zero-initialized slice value for the specified slice type.
func MakeSlice(typ Type, len, cap int) Value {
	if typ.Kind() != Slice {
		panic("reflect.MakeSlice of non-slice type")
	}
	if len < 0 {
		panic("reflect.MakeSlice: negative len")
	}
	if cap < 0 {
		panic("reflect.MakeSlice: negative cap")
	}
	if len > cap {
		panic("reflect.MakeSlice: len > cap")
	}
	t := typ.common()
	s := &sliceHeader{alloc(t.elem.size*uintptr(cap), t.elem), len, cap}
	return Value{t, unsafe.Pointer(s), flagIndir | flag(Slice)}
}

// MakeMap creates a new map with the specified type.
func MakeMap(typ Type) Value {
	return MakeMapWithSize(typ, 0)
}

// MakeMapWithSize creates a new map with the specified type and room for about n elements.
func MakeMapWithSize(typ Type, n int) Value {
	if typ.Kind() != Map {
		panic("reflect.MakeMapWithSize of non-map type")
	}
	t := typ.common()
	m := makemap(t, n)
	return Value{t, m, flag(Map)}
}

// grow grows the slice s so that it can hold extra more values, allocating more capacity
// if needed (Go 1.19's reflect.grow: doubling below 256 elements, then by a quarter), and
// returns it with the old and new lengths.
func grow(s Value, extra int) (Value, int, int) {
	i0 := s.Len()
	i1 := i0 + extra
	if i1 < i0 {
		panic("reflect.Append: slice overflow")
	}
	m := s.Cap()
	if i1 <= m {
		return s.Slice(0, i1), i0, i1
	}
	if m == 0 {
		m = extra
	} else {
		const threshold = 256
		for m < i1 {
			if i0 < threshold {
				m += m
			} else {
				m += m / 4
			}
		}
	}
	t := MakeSlice(s.Type(), i1, m)
	Copy(t, s)
	return t, i0, i1
}

// Append appends the values x to a slice s and returns the resulting slice.
func Append(s Value, x ...Value) Value {
	s.flag.mustBe(Slice, "reflect.Append")
	s.flag.mustBeExported("reflect.Append")
	s, i0, i1 := grow(s, len(x))
	for i, j := i0, 0; i < i1; i, j = i+1, j+1 {
		s.Index(i).Set(x[j])
	}
	return s
}

// AppendSlice appends a slice t to a slice s and returns the resulting slice.
func AppendSlice(s, t Value) Value {
	s.flag.mustBe(Slice, "reflect.AppendSlice")
	t.flag.mustBe(Slice, "reflect.AppendSlice")
	s.flag.mustBeExported("reflect.AppendSlice")
	t.flag.mustBeExported("reflect.AppendSlice")
	if s.typ.elem != t.typ.elem {
		panic("reflect.AppendSlice: " + s.typ.elem.String() + " != " + t.typ.elem.String())
	}
	s, i0, i1 := grow(s, t.Len())
	Copy(s.Slice(i0, i1), t)
	return s
}

// Copy copies the contents of src into dst until either dst has been filled or src has
// been exhausted, and returns the number of elements copied.
func Copy(dst, src Value) int {
	dk := dst.Kind()
	if dk != Array && dk != Slice {
		panic(&ValueError{"reflect.Copy", dk})
	}
	if dk == Array && dst.flag&flagAddr == 0 {
		panic("reflect.Copy: unaddressable array value")
	}
	dst.flag.mustBeExported("reflect.Copy")
	sk := src.Kind()
	var stringCopy bool
	if sk != Array && sk != Slice {
		stringCopy = sk == String && dst.typ.elem.Kind() == Uint8
		if !stringCopy {
			panic(&ValueError{"reflect.Copy", sk})
		}
	}
	src.flag.mustBeExported("reflect.Copy")
	de := dst.typ.elem
	if !stringCopy && de != src.typ.elem {
		panic("reflect.Copy: " + de.String() + " != " + src.typ.elem.String())
	}
	var dp, sp unsafe.Pointer
	var dn, sn int
	if dk == Array {
		dp, dn = dst.ptr, int(dst.typ.len)
	} else {
		h := (*sliceHeader)(dst.ptr)
		dp, dn = h.Data, h.Len
	}
	switch {
	case sk == Array:
		sp, sn = src.ptr, int(src.typ.len)
	case stringCopy:
		h := (*stringHeader)(src.ptr)
		sp, sn = h.Data, h.Len
	default:
		h := (*sliceHeader)(src.ptr)
		sp, sn = h.Data, h.Len
	}
	n := dn
	if sn < n {
		n = sn
	}
	if n > 0 {
		memmove(dp, sp, uintptr(n)*de.size)
	}
	return n
}

// Convert returns the value v converted to type t.
func (v Value) Convert(t Type) Value {
	if v.flag&flagMethod != 0 {
		panic("reflect.Value.Convert: method values are not supported by deferc")
	}
	op := convertOp(t.common(), v.typ)
	if op == nil {
		panic("reflect.Value.Convert: value of type " + v.typ.String() + " cannot be converted to type " + t.String())
	}
	return op(v, t)
}

// CanConvert reports whether the value v can be converted to type t.
func (v Value) CanConvert(t Type) bool {
	vt := v.Type()
	if !vt.ConvertibleTo(t) {
		return false
	}
	if vt.Kind() == Slice && t.Kind() == Pointer && t.Elem().Kind() == Array {
		if t.Elem().Len() > v.Len() {
			return false
		}
	}
	return true
}

// convertOp returns the function that converts a value of type src to type dst, or nil.
func convertOp(dst, src *rtype) func(Value, Type) Value {
	switch sk, dk := src.Kind(), dst.Kind(); {
	case isInt(sk) || isUint(sk):
		switch {
		case isInt(dk) || isUint(dk):
			return cvtInt
		case isFloat(dk):
			return cvtIntFloat
		case dk == String:
			return cvtIntString
		}
	case isFloat(sk):
		switch {
		case isInt(dk) || isUint(dk):
			return cvtFloatInt
		case isFloat(dk):
			return cvtFloat
		}
	case sk == Complex64 || sk == Complex128:
		if dk == Complex64 || dk == Complex128 {
			return cvtComplex
		}
	case sk == String:
		if dk == Slice && dst.elem.pkgpath == "" && dst.elem.tflag&tflagNamed == 0 {
			switch dst.elem.Kind() {
			case Uint8:
				return cvtStringBytes
			case Int32:
				return cvtStringRunes
			}
		}
	case sk == Slice:
		if dk == String && src.elem.tflag&tflagNamed == 0 {
			switch src.elem.Kind() {
			case Uint8:
				return cvtBytesString
			case Int32:
				return cvtRunesString
			}
		}
		if dk == Pointer && dst.elem.Kind() == Array && src.elem == dst.elem.elem {
			return cvtSliceArrayPtr
		}
	}
	if haveIdenticalUnderlyingType(dst, src) {
		return cvtDirect
	}
	if dst.Kind() == Pointer && dst.tflag&tflagNamed == 0 &&
		src.Kind() == Pointer && src.tflag&tflagNamed == 0 &&
		haveIdenticalUnderlyingType(dst.elem, src.elem) {
		return cvtDirect
	}
	if implementsType(dst, src) {
		if src.Kind() == Interface {
			return cvtI2I
		}
		return cvtT2I
	}
	return nil
}

func isInt(k Kind) bool   { return k >= Int && k <= Int64 }
func isUint(k Kind) bool  { return k >= Uint && k <= Uintptr }
func isFloat(k Kind) bool { return k == Float32 || k == Float64 }

func makeInt(f flag, bits uint64, t Type) Value {
	typ := t.common()
	ptr := unsafe_New(typ)
	switch typ.size {
	case 1:
		*(*uint8)(ptr) = uint8(bits)
	case 2:
		*(*uint16)(ptr) = uint16(bits)
	case 4:
		*(*uint32)(ptr) = uint32(bits)
	case 8:
		*(*uint64)(ptr) = bits
	}
	return Value{typ, ptr, f | flagIndir | flag(typ.Kind())}
}

func makeFloat(f flag, v float64, t Type) Value {
	typ := t.common()
	ptr := unsafe_New(typ)
	switch typ.size {
	case 4:
		*(*float32)(ptr) = float32(v)
	case 8:
		*(*float64)(ptr) = v
	}
	return Value{typ, ptr, f | flagIndir | flag(typ.Kind())}
}

func makeComplex(f flag, v complex128, t Type) Value {
	typ := t.common()
	ptr := unsafe_New(typ)
	switch typ.size {
	case 8:
		*(*complex64)(ptr) = complex64(v)
	case 16:
		*(*complex128)(ptr) = v
	}
	return Value{typ, ptr, f | flagIndir | flag(typ.Kind())}
}

func cvtComplex(v Value, t Type) Value {
	return makeComplex(v.flag.ro(), v.Complex(), t)
}

func makeString(f flag, v string, t Type) Value {
	ret := New(t).Elem()
	ret.SetString(v)
	ret.flag = ret.flag&^flagAddr | f
	return ret
}

func makeBytes(f flag, v []byte, t Type) Value {
	ret := New(t).Elem()
	ret.SetBytes(v)
	ret.flag = ret.flag&^flagAddr | f
	return ret
}

func makeRunes(f flag, v []rune, t Type) Value {
	ret := New(t).Elem()
	*(*[]rune)(ret.ptr) = v
	ret.flag = ret.flag&^flagAddr | f
	return ret
}

func cvtInt(v Value, t Type) Value {
	if isInt(v.Kind()) {
		return makeInt(v.flag.ro(), uint64(v.Int()), t)
	}
	return makeInt(v.flag.ro(), v.Uint(), t)
}

func cvtIntFloat(v Value, t Type) Value {
	if isInt(v.Kind()) {
		return makeFloat(v.flag.ro(), float64(v.Int()), t)
	}
	return makeFloat(v.flag.ro(), float64(v.Uint()), t)
}

func cvtFloatInt(v Value, t Type) Value {
	if isInt(t.Kind()) {
		return makeInt(v.flag.ro(), uint64(int64(v.Float())), t)
	}
	return makeInt(v.flag.ro(), uint64(v.Float()), t)
}

func cvtFloat(v Value, t Type) Value {
	if v.Type().Kind() == Float32 && t.Kind() == Float32 {
		return makeFloat(v.flag.ro(), float64(*(*float32)(v.ptr)), t)
	}
	return makeFloat(v.flag.ro(), v.Float(), t)
}

func cvtIntString(v Value, t Type) Value {
	s := "\uFFFD"
	if isInt(v.Kind()) {
		if x := v.Int(); int64(rune(x)) == x {
			s = string(rune(x))
		}
	} else if x := v.Uint(); uint64(rune(x)) == x {
		s = string(rune(x))
	}
	return makeString(v.flag.ro(), s, t)
}

func cvtBytesString(v Value, t Type) Value {
	return makeString(v.flag.ro(), string(*(*[]byte)(v.ptr)), t)
}

func cvtStringBytes(v Value, t Type) Value {
	return makeBytes(v.flag.ro(), []byte(*(*string)(v.ptr)), t)
}

func cvtRunesString(v Value, t Type) Value {
	return makeString(v.flag.ro(), string(*(*[]rune)(v.ptr)), t)
}

func cvtStringRunes(v Value, t Type) Value {
	return makeRunes(v.flag.ro(), []rune(*(*string)(v.ptr)), t)
}

func cvtSliceArrayPtr(v Value, t Type) Value {
	n := t.Elem().Len()
	if n > v.Len() {
		panic("reflect: cannot convert slice with length " + strconv.Itoa(v.Len()) + " to pointer to array with length " + strconv.Itoa(n))
	}
	h := (*sliceHeader)(v.ptr)
	return Value{t.common(), h.Data, v.flag&^(flagIndir|flagAddr|flagKindMask) | flag(Pointer)}
}

func cvtDirect(v Value, typ Type) Value {
	f := v.flag
	if f&flagAddr != 0 {
		c := unsafe_New(typ.common())
		typedmemmove(typ.common(), c, v.ptr)
		v.ptr = c
		f &^= flagAddr
	}
	return Value{typ.common(), v.ptr, v.flag.ro() | f}
}

func cvtT2I(v Value, typ Type) Value {
	target := unsafe_New(typ.common())
	x := valueInterface(v, false)
	*(*any)(target) = x
	return Value{typ.common(), target, v.flag.ro() | flagIndir | flag(Interface)}
}

func cvtI2I(v Value, typ Type) Value {
	if v.IsNil() {
		ret := Zero(typ)
		ret.flag |= v.flag.ro()
		return ret
	}
	return cvtT2I(v.Elem(), typ)
}

// StringHeader is the runtime representation of a string.
type StringHeader struct {
	Data uintptr
	Len  int
}

// SliceHeader is the runtime representation of a slice.
type SliceHeader struct {
	Data uintptr
	Len  int
	Cap  int
}
