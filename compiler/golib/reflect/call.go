// Package reflect: calling functions and methods (Value.Call, CallSlice, Method,
// MethodByName). The arguments are laid out in memory as a struct of the parameters; the
// compiler's adapter for the func type (codegen/reflectcall.rs, the descriptor's reflectcall
// word) moves them into registers, calls, and stores the results back the same way.
package reflect

import "unsafe"

// adapterFunc is the shape of every adapter, called as a func value.
type adapterFunc func(code, ctx unsafe.Pointer, hasRecv uintptr, args, results unsafe.Pointer)

// makeAdapter returns the adapter at code as a func value: a func value is a pointer to a
// closure record whose first word is the code.
func makeAdapter(code unsafe.Pointer) adapterFunc {
	clo := &struct{ code unsafe.Pointer }{code}
	return *(*adapterFunc)(unsafe.Pointer(&clo))
}

// layout returns the offsets of values of types ts laid out as a struct's fields, and the
// size in words of the whole.
func layout(ts []*rtype) ([]uintptr, int) {
	offs := make([]uintptr, len(ts))
	var off uintptr
	for i, t := range ts {
		a := uintptr(t.align)
		if a == 0 {
			a = 1
		}
		off = (off + a - 1) / a * a
		offs[i] = off
		off += t.size
	}
	return offs, int((off + ptrSize - 1) / ptrSize)
}

// Call calls the function v with the input arguments in and returns its results.
func (v Value) Call(in []Value) []Value {
	v.flag.mustBe(Func, "reflect.Value.Call")
	v.flag.mustBeExported("reflect.Value.Call")
	return v.call("Call", in)
}

// CallSlice calls the variadic function v, assigning the slice in[len(in)-1] to its final
// variadic parameter.
func (v Value) CallSlice(in []Value) []Value {
	v.flag.mustBe(Func, "reflect.Value.CallSlice")
	v.flag.mustBeExported("reflect.Value.CallSlice")
	return v.call("CallSlice", in)
}

func (v Value) call(op string, in []Value) []Value {
	var t *rtype
	var code, ctx unsafe.Pointer
	var hasRecv uintptr
	if v.flag&flagMethod != 0 {
		t, code, ctx = methodReceiver(op, v, int(v.flag>>flagMethodShift))
		hasRecv = 1
	} else {
		t = v.typ
		fn := v.pointer()
		if fn == nil {
			panic("reflect: call of nil function")
		}
		code = *(*unsafe.Pointer)(fn)
		ctx = fn
	}
	isSlice := op == "CallSlice"
	n := t.NumIn()
	isVariadic := t.IsVariadic()
	if isSlice {
		if !isVariadic {
			panic("reflect: CallSlice of non-variadic function")
		}
		if len(in) < n {
			panic("reflect: CallSlice with too few input arguments")
		}
		if len(in) > n {
			panic("reflect: CallSlice with too many input arguments")
		}
	} else {
		if isVariadic {
			n--
		}
		if len(in) < n {
			panic("reflect: Call with too few input arguments")
		}
		if !isVariadic && len(in) > n {
			panic("reflect: Call with too many input arguments")
		}
	}
	for _, x := range in {
		if x.Kind() == Invalid {
			panic("reflect: " + op + " using zero Value argument")
		}
	}
	for i := 0; i < n; i++ {
		if xt, targ := in[i].Type(), t.In(i); !xt.AssignableTo(targ) {
			panic("reflect: " + op + " using " + xt.String() + " as type " + targ.String())
		}
	}
	if !isSlice && isVariadic {
		m := len(in) - n
		slice := MakeSlice(t.In(n), m, m)
		elem := t.In(n).Elem()
		for i := 0; i < m; i++ {
			x := in[n+i]
			if xt := x.Type(); !xt.AssignableTo(elem) {
				panic("reflect: cannot use " + xt.String() + " as type " + elem.String() + " in " + op)
			}
			slice.Index(i).Set(x)
		}
		origIn := in
		in = make([]Value, n+1)
		copy(in[:n], origIn)
		in[n] = slice
	}
	if t.reflectcall == nil {
		panic("reflect: " + op + " of " + t.String() + ": no call adapter")
	}
	ins := make([]*rtype, t.NumIn())
	for i := range ins {
		ins[i] = t.field(i).typ
	}
	outs := make([]*rtype, t.NumOut())
	for i := range outs {
		outs[i] = t.field(int(t.len) + i).typ
	}
	aoffs, awords := layout(ins)
	roffs, rwords := layout(outs)
	// Word slices: the collector scans them, so what the callee returns stays alive.
	args := make([]unsafe.Pointer, awords+1)
	results := make([]unsafe.Pointer, rwords+1)
	ap := unsafe.Pointer(&args[0])
	rp := unsafe.Pointer(&results[0])
	for i, x := range in {
		targ := ins[i]
		x = x.assignTo("reflect.Value.Call", targ, nil)
		p := unsafe.Add(ap, aoffs[i])
		if x.flag&flagIndir != 0 {
			typedmemmove(targ, p, x.ptr)
		} else {
			*(*unsafe.Pointer)(p) = x.ptr
		}
	}
	makeAdapter(t.reflectcall)(code, ctx, hasRecv, ap, rp)
	ret := make([]Value, len(outs))
	for i, tv := range outs {
		p := unsafe.Add(rp, roffs[i])
		if ifaceIndir(tv) {
			ret[i] = Value{tv, p, flagIndir | flag(tv.Kind())}
		} else {
			ret[i] = Value{tv, *(*unsafe.Pointer)(p), flag(tv.Kind())}
		}
	}
	return ret
}

// methodReceiver returns the signature, code and receiver word of method i of v (a method
// value made by Value.Method).
func methodReceiver(op string, v Value, i int) (*rtype, unsafe.Pointer, unsafe.Pointer) {
	ms := v.typ.exportedMethods()
	if v.typ.Kind() == Interface {
		im := v.typ.method(ms[i])
		e := (*emptyInterface)(v.ptr)
		if e.typ == nil {
			panic("reflect: " + op + " of method on nil interface value")
		}
		for j := 0; j < e.typ.nmethods; j++ {
			m := e.typ.method(j)
			if m.name == im.name {
				if m.code == nil {
					break
				}
				return im.typ, m.code, e.word
			}
		}
		panic("reflect: " + op + " of method " + im.name + " that deferc did not compile")
	}
	m := v.typ.method(ms[i])
	if m.code == nil || m.typ == nil {
		panic("reflect: " + op + " of method " + m.name + " that deferc did not compile")
	}
	// The method's code takes the interface data word: the value itself when it is
	// pointer-shaped, else a pointer to it.
	recv := v.ptr
	if !ifaceIndir(v.typ) {
		recv = v.pointer()
	}
	return m.typ, m.code, recv
}

// Method returns a function value corresponding to v's i'th method.
func (v Value) Method(i int) Value {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.Method", Invalid})
	}
	if v.flag&flagMethod != 0 || uint(i) >= uint(v.typ.NumMethod()) {
		panic("reflect: Method index out of range")
	}
	if v.typ.Kind() == Interface && v.IsNil() {
		panic("reflect: Method on nil interface value")
	}
	fl := v.flag.ro() | (v.flag & flagIndir)
	fl |= flag(Func)
	fl |= flag(i)<<flagMethodShift | flagMethod
	return Value{v.typ, v.ptr, fl}
}

// MethodByName returns a function value corresponding to the method of v with the given
// name (the zero Value if there is none).
func (v Value) MethodByName(name string) Value {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.MethodByName", Invalid})
	}
	if v.flag&flagMethod != 0 {
		panic("reflect: MethodByName of method value")
	}
	ms := v.typ.exportedMethods()
	for i, mi := range ms {
		if v.typ.method(mi).name == name {
			return v.Method(i)
		}
	}
	return Value{}
}

// methodType returns the type of the method value v.
func (v Value) methodType() *rtype {
	ms := v.typ.exportedMethods()
	m := v.typ.method(ms[int(v.flag>>flagMethodShift)])
	return m.typ
}
