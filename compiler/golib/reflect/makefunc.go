// Package reflect: MakeFunc and method values. A function made by MakeFunc is a closure
// record (makeFuncImpl) whose code is the compiler's stub for its func type
// (codegen/reflectcall.rs): the stub lays its arguments out in memory and calls callReflect,
// which turns them into Values, calls fn, and writes fn's results back for the stub to return.
package reflect

import "unsafe"

// makeFuncImpl is the closure record of a function made by MakeFunc: a func value points at
// it, and its first word is the code called.
type makeFuncImpl struct {
	code unsafe.Pointer
	ftyp *rtype
	fn   func([]Value) []Value
}

// MakeFunc returns a new function of the given Type that wraps the function fn.
func MakeFunc(typ Type, fn func(args []Value) (results []Value)) Value {
	if typ.Kind() != Func {
		panic("reflect: call of MakeFunc with non-Func type")
	}
	t := typ.common()
	if t.makefunc == nil {
		panic("reflect.MakeFunc: " + t.String() + " has no stub")
	}
	impl := &makeFuncImpl{code: t.makefunc, ftyp: t, fn: fn}
	return Value{t, unsafe.Pointer(impl), flag(Func)}
}

// callReflect is called by the stubs: args and results are laid out as structs of the
// parameters and results of ctxt's type.
func callReflect(ctxt *makeFuncImpl, args, results unsafe.Pointer) {
	t := ctxt.ftyp
	ins := make([]*rtype, t.NumIn())
	for i := range ins {
		ins[i] = t.field(i).typ
	}
	outs := make([]*rtype, t.NumOut())
	for i := range outs {
		outs[i] = t.field(int(t.len) + i).typ
	}
	aoffs, _ := layout(ins)
	roffs, _ := layout(outs)
	in := make([]Value, len(ins))
	for i, typ := range ins {
		in[i] = copyVal(typ, flag(typ.Kind()), unsafe.Add(args, aoffs[i]))
	}
	out := ctxt.fn(in)
	if len(out) != len(outs) {
		panic("reflect: wrong return count from function created by MakeFunc")
	}
	for i, typ := range outs {
		v := out[i]
		if v.typ == nil {
			panic("reflect: function created by MakeFunc using " + funcName(ctxt.fn) + " returned zero Value")
		}
		if v.flag&flagRO != 0 {
			panic("reflect: function created by MakeFunc using " + funcName(ctxt.fn) + " returned value obtained from unexported field")
		}
		if typ.Kind() == Interface {
			v = v.assignTo("reflect.MakeFunc", typ, nil)
		} else if v.typ != typ {
			panic("reflect: function created by MakeFunc using " + funcName(ctxt.fn) + " returned wrong type: have " + out[i].typ.String() + " for " + typ.String())
		}
		p := unsafe.Add(results, roffs[i])
		if v.flag&flagIndir != 0 {
			typedmemmove(typ, p, v.ptr)
		} else {
			*(*unsafe.Pointer)(p) = v.ptr
		}
	}
}

// funcName names fn in MakeFunc's panics (Go uses the runtime's name of its code).
func funcName(fn func([]Value) []Value) string {
	return "func"
}

// makeMethodValue turns a method value made by Value.Method into an ordinary func value
// (Go's makeMethodValue), bound to its receiver.
func makeMethodValue(v Value) Value {
	rcvr := Value{v.typ, v.ptr, v.flag&(flagRO|flagIndir|flagAddr) | flag(v.typ.Kind())}
	if ifaceIndir(v.typ) && v.flag&flagIndir != 0 {
		// Bind a copy of the receiver, as Go's method values do.
		c := unsafe_New(v.typ)
		typedmemmove(v.typ, c, v.ptr)
		rcvr.ptr = c
		rcvr.flag &^= flagAddr
	}
	i := int(v.flag >> flagMethodShift)
	return MakeFunc(v.methodType(), func(args []Value) []Value {
		return rcvr.Method(i).Call(args)
	})
}
