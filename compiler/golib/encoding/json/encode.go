package json

// This file holds Marshal and the per-type encoders. An encoder is built once per
// reflect.Type and cached; encoding appends to a byte slice and aborts on the
// first error by panicking with a jsonError that marshal recovers.

import (
	"bytes"
	"encoding"
	"encoding/base64"
	"errors"
	"math"
	"reflect"
	"sort"
	"strconv"
	"sync"
)

// Marshal returns the JSON encoding of v.
func Marshal(v any) ([]byte, error) {
	e := newEncodeState()
	if err := e.marshal(v, encOpts{escapeHTML: true}); err != nil {
		return nil, err
	}
	buf := append([]byte(nil), e.buf...)
	putEncodeState(e)
	return buf, nil
}

// MarshalIndent is like Marshal but applies Indent to format the output.
func MarshalIndent(v any, prefix, indent string) ([]byte, error) {
	b, err := Marshal(v)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := Indent(&buf, b, prefix, indent); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Marshaler is the interface implemented by types that
// can marshal themselves into valid JSON.
type Marshaler interface {
	MarshalJSON() ([]byte, error)
}

// An UnsupportedTypeError is returned by Marshal when attempting
// to encode an unsupported value type.
type UnsupportedTypeError struct {
	Type reflect.Type
}

func (e *UnsupportedTypeError) Error() string {
	return "json: unsupported type: " + e.Type.String()
}

// An UnsupportedValueError is returned by Marshal when attempting
// to encode an unsupported value.
type UnsupportedValueError struct {
	Value reflect.Value
	Str   string
}

func (e *UnsupportedValueError) Error() string {
	return "json: unsupported value: " + e.Str
}

// InvalidUTF8Error is no longer returned; kept for compatibility.
//
// Deprecated: No longer used; kept for compatibility.
type InvalidUTF8Error struct {
	S string // the whole string value that caused the error
}

func (e *InvalidUTF8Error) Error() string {
	return "json: invalid UTF-8 in string: " + strconv.Quote(e.S)
}

// A MarshalerError represents an error from calling a MarshalJSON or MarshalText method.
type MarshalerError struct {
	Type       reflect.Type
	Err        error
	sourceFunc string
}

func (e *MarshalerError) Error() string {
	src := e.sourceFunc
	if src == "" {
		src = "MarshalJSON"
	}
	return "json: error calling " + src + " for type " + e.Type.String() + ": " + e.Err.Error()
}

// Unwrap returns the underlying error.
func (e *MarshalerError) Unwrap() error { return e.Err }

// startDetectingCyclesAfter is the pointer nesting depth after which the
// encoder starts recording visited pointers to report cycles.
const startDetectingCyclesAfter = 1000

// cycleKey identifies a visited pointer, map or slice during cycle detection.
type cycleKey struct {
	kind reflect.Kind
	typ  reflect.Type // for pointers: the pointer type (Go keys on the interface value)
	ptr  uintptr
	n    int // for slices: the length
}

// encodeState accumulates the output of one Marshal or Encode call.
type encodeState struct {
	buf      []byte
	ptrLevel uint
	ptrSeen  map[cycleKey]struct{}
}

// A small free list of encodeStates keeps grown buffers for reuse, as Go's
// sync.Pool does. A state is not returned to it after a failed encode.
var statePool struct {
	mu   sync.Mutex
	free []*encodeState
}

func newEncodeState() *encodeState {
	statePool.mu.Lock()
	n := len(statePool.free)
	if n == 0 {
		statePool.mu.Unlock()
		return &encodeState{}
	}
	e := statePool.free[n-1]
	statePool.free = statePool.free[:n-1]
	statePool.mu.Unlock()
	e.buf = e.buf[:0]
	e.ptrLevel = 0
	return e
}

func putEncodeState(e *encodeState) {
	if cap(e.buf) > 1<<20 {
		return // don't hold on to huge buffers
	}
	statePool.mu.Lock()
	if len(statePool.free) < 8 {
		statePool.free = append(statePool.free, e)
	}
	statePool.mu.Unlock()
}

// jsonError wraps errors raised by encoders so that marshal can tell them
// from other panics.
type jsonError struct{ error }

func (e *encodeState) marshal(v any, opts encOpts) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if je, ok := r.(jsonError); ok {
				err = je.error
			} else {
				panic(r)
			}
		}
	}()
	e.reflectValue(reflect.ValueOf(v), opts)
	return nil
}

func (e *encodeState) fail(err error) {
	panic(jsonError{err})
}

// enterCycleCheck counts one more level of pointer nesting and, past the
// threshold, reports a cycle if key was already being encoded. It returns
// whether the caller must call leaveCycleCheck(key) when done.
func (e *encodeState) enterCycleCheck(v reflect.Value, key cycleKey) bool {
	e.ptrLevel++
	if e.ptrLevel <= startDetectingCyclesAfter {
		return false
	}
	if e.ptrSeen == nil {
		e.ptrSeen = make(map[cycleKey]struct{})
	}
	if _, ok := e.ptrSeen[key]; ok {
		e.fail(&UnsupportedValueError{v, "encountered a cycle via " + v.Type().String()})
	}
	e.ptrSeen[key] = struct{}{}
	return true
}

func isEmptyValue(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool:
		return !v.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int() == 0
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return v.Uint() == 0
	case reflect.Float32, reflect.Float64:
		return v.Float() == 0
	case reflect.Interface, reflect.Pointer:
		return v.IsNil()
	}
	return false
}

func (e *encodeState) reflectValue(v reflect.Value, opts encOpts) {
	if !v.IsValid() {
		e.buf = append(e.buf, "null"...)
		return
	}
	typeEncoder(v.Type())(e, v, opts)
}

type encOpts struct {
	quoted     bool // encode primitives inside a JSON string (the ,string option)
	escapeHTML bool // escape <, > and & in strings
}

type encoderFunc func(e *encodeState, v reflect.Value, opts encOpts)

var (
	encoderMu    sync.RWMutex
	encoderCache = map[reflect.Type]encoderFunc{}
)

// pendingEncoder stands in for an encoder under construction, so recursive
// types can refer to themselves; calls wait until the real encoder is set.
type pendingEncoder struct {
	mu sync.Mutex // held while the real encoder is being built
	f  encoderFunc
}

func (p *pendingEncoder) encode(e *encodeState, v reflect.Value, opts encOpts) {
	p.mu.Lock()
	f := p.f
	p.mu.Unlock()
	f(e, v, opts)
}

func typeEncoder(t reflect.Type) encoderFunc {
	encoderMu.RLock()
	f := encoderCache[t]
	encoderMu.RUnlock()
	if f != nil {
		return f
	}
	encoderMu.Lock()
	if f := encoderCache[t]; f != nil {
		encoderMu.Unlock()
		return f
	}
	p := &pendingEncoder{}
	p.mu.Lock()
	encoderCache[t] = p.encode
	encoderMu.Unlock()

	f = newTypeEncoder(t, true)
	p.f = f
	p.mu.Unlock()

	encoderMu.Lock()
	encoderCache[t] = f
	encoderMu.Unlock()
	return f
}

var (
	marshalerType     = reflect.TypeOf((*Marshaler)(nil)).Elem()
	textMarshalerType = reflect.TypeOf((*encoding.TextMarshaler)(nil)).Elem()
)

// newTypeEncoder builds the encoder for t. With allowAddr, a type whose
// pointer has the marshaling method uses it when the value is addressable.
func newTypeEncoder(t reflect.Type, allowAddr bool) encoderFunc {
	if t.Kind() != reflect.Pointer && allowAddr && reflect.PointerTo(t).Implements(marshalerType) {
		return condAddrEncoder(addrMarshalerEncoder, newTypeEncoder(t, false))
	}
	if t.Implements(marshalerType) {
		return marshalerEncoder
	}
	if t.Kind() != reflect.Pointer && allowAddr && reflect.PointerTo(t).Implements(textMarshalerType) {
		return condAddrEncoder(addrTextMarshalerEncoder, newTypeEncoder(t, false))
	}
	if t.Implements(textMarshalerType) {
		return textMarshalerEncoder
	}
	switch t.Kind() {
	case reflect.Bool:
		return boolEncoder
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return intEncoder
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return uintEncoder
	case reflect.Float32:
		return float32Encoder
	case reflect.Float64:
		return float64Encoder
	case reflect.String:
		return stringEncoder
	case reflect.Interface:
		return interfaceEncoder
	case reflect.Struct:
		return newStructEncoder(t)
	case reflect.Map:
		return newMapEncoder(t)
	case reflect.Slice:
		return newSliceEncoder(t)
	case reflect.Array:
		return newArrayEncoder(t)
	case reflect.Pointer:
		return newPtrEncoder(t)
	}
	return unsupportedTypeEncoder
}

func condAddrEncoder(canAddrEnc, elseEnc encoderFunc) encoderFunc {
	return func(e *encodeState, v reflect.Value, opts encOpts) {
		if v.CanAddr() {
			canAddrEnc(e, v, opts)
		} else {
			elseEnc(e, v, opts)
		}
	}
}

// appendMarshalJSON validates and compacts the output of MarshalJSON.
func (e *encodeState) appendMarshalJSON(t reflect.Type, b []byte, err error, opts encOpts) {
	if err == nil {
		e.buf, err = appendCompact(e.buf, b, opts.escapeHTML)
	}
	if err != nil {
		e.fail(&MarshalerError{t, err, "MarshalJSON"})
	}
}

func marshalerEncoder(e *encodeState, v reflect.Value, opts encOpts) {
	if v.Kind() == reflect.Pointer && v.IsNil() {
		e.buf = append(e.buf, "null"...)
		return
	}
	m, ok := v.Interface().(Marshaler)
	if !ok {
		e.buf = append(e.buf, "null"...)
		return
	}
	b, err := m.MarshalJSON()
	e.appendMarshalJSON(v.Type(), b, err, opts)
}

func addrMarshalerEncoder(e *encodeState, v reflect.Value, opts encOpts) {
	va := v.Addr()
	if va.IsNil() {
		e.buf = append(e.buf, "null"...)
		return
	}
	b, err := va.Interface().(Marshaler).MarshalJSON()
	e.appendMarshalJSON(v.Type(), b, err, opts)
}

func textMarshalerEncoder(e *encodeState, v reflect.Value, opts encOpts) {
	if v.Kind() == reflect.Pointer && v.IsNil() {
		e.buf = append(e.buf, "null"...)
		return
	}
	m, ok := v.Interface().(encoding.TextMarshaler)
	if !ok {
		e.buf = append(e.buf, "null"...)
		return
	}
	b, err := m.MarshalText()
	if err != nil {
		e.fail(&MarshalerError{v.Type(), err, "MarshalText"})
	}
	e.buf = appendString(e.buf, b, opts.escapeHTML)
}

func addrTextMarshalerEncoder(e *encodeState, v reflect.Value, opts encOpts) {
	va := v.Addr()
	if va.IsNil() {
		e.buf = append(e.buf, "null"...)
		return
	}
	b, err := va.Interface().(encoding.TextMarshaler).MarshalText()
	if err != nil {
		e.fail(&MarshalerError{v.Type(), err, "MarshalText"})
	}
	e.buf = appendString(e.buf, b, opts.escapeHTML)
}

func boolEncoder(e *encodeState, v reflect.Value, opts encOpts) {
	if opts.quoted {
		e.buf = append(e.buf, '"')
	}
	if v.Bool() {
		e.buf = append(e.buf, "true"...)
	} else {
		e.buf = append(e.buf, "false"...)
	}
	if opts.quoted {
		e.buf = append(e.buf, '"')
	}
}

func intEncoder(e *encodeState, v reflect.Value, opts encOpts) {
	if opts.quoted {
		e.buf = append(e.buf, '"')
		e.buf = strconv.AppendInt(e.buf, v.Int(), 10)
		e.buf = append(e.buf, '"')
		return
	}
	e.buf = strconv.AppendInt(e.buf, v.Int(), 10)
}

func uintEncoder(e *encodeState, v reflect.Value, opts encOpts) {
	if opts.quoted {
		e.buf = append(e.buf, '"')
		e.buf = strconv.AppendUint(e.buf, v.Uint(), 10)
		e.buf = append(e.buf, '"')
		return
	}
	e.buf = strconv.AppendUint(e.buf, v.Uint(), 10)
}

func float32Encoder(e *encodeState, v reflect.Value, opts encOpts) {
	e.encodeFloat(v, 32, opts)
}

func float64Encoder(e *encodeState, v reflect.Value, opts encOpts) {
	e.encodeFloat(v, 64, opts)
}

// encodeFloat formats like ES6 number-to-string: %f-style for magnitudes in
// [1e-6, 1e21), otherwise exponent form with a one-digit negative exponent
// unpadded (1e-07 becomes 1e-7).
func (e *encodeState) encodeFloat(v reflect.Value, bits int, opts encOpts) {
	f := v.Float()
	if math.IsInf(f, 0) || math.IsNaN(f) {
		e.fail(&UnsupportedValueError{v, strconv.FormatFloat(f, 'g', -1, bits)})
	}
	if opts.quoted {
		e.buf = append(e.buf, '"')
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 {
		// The cutoffs are compared in the value's own precision.
		if bits == 64 && (abs < 1e-6 || abs >= 1e21) ||
			bits == 32 && (float32(abs) < 1e-6 || float32(abs) >= 1e21) {
			format = 'e'
		}
	}
	start := len(e.buf)
	e.buf = strconv.AppendFloat(e.buf, f, format, -1, bits)
	if format == 'e' {
		b := e.buf
		n := len(b)
		if n-start >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			e.buf = b[:n-1]
		}
	}
	if opts.quoted {
		e.buf = append(e.buf, '"')
	}
}

func stringEncoder(e *encodeState, v reflect.Value, opts encOpts) {
	if v.Type() == numberType {
		num := v.String()
		// The zero Number encodes as 0, as it did in Go 1.5.
		if num == "" {
			num = "0"
		}
		if !isValidNumber(num) {
			e.fail(errors.New("json: invalid number literal " + strconv.Quote(num)))
		}
		if opts.quoted {
			e.buf = append(e.buf, '"')
		}
		e.buf = append(e.buf, num...)
		if opts.quoted {
			e.buf = append(e.buf, '"')
		}
		return
	}
	if opts.quoted {
		// Encoded twice; only the inner encoding escapes HTML.
		inner := newEncodeState()
		inner.buf = appendStringString(inner.buf, v.String(), opts.escapeHTML)
		e.buf = appendString(e.buf, inner.buf, false)
		putEncodeState(inner)
		return
	}
	e.buf = appendStringString(e.buf, v.String(), opts.escapeHTML)
}

// isValidNumber reports whether s is a valid JSON number literal.
func isValidNumber(s string) bool {
	if s == "" {
		return false
	}
	i := 0
	if s[0] == '-' {
		i++
		if i == len(s) {
			return false
		}
	}
	switch {
	case s[i] == '0':
		i++
	case '1' <= s[i] && s[i] <= '9':
		i++
		for i < len(s) && '0' <= s[i] && s[i] <= '9' {
			i++
		}
	default:
		return false
	}
	if i+1 < len(s) && s[i] == '.' && '0' <= s[i+1] && s[i+1] <= '9' {
		i += 2
		for i < len(s) && '0' <= s[i] && s[i] <= '9' {
			i++
		}
	}
	if i+1 < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if s[i] == '+' || s[i] == '-' {
			i++
			if i == len(s) {
				return false
			}
		}
		for i < len(s) && '0' <= s[i] && s[i] <= '9' {
			i++
		}
	}
	return i == len(s)
}

func interfaceEncoder(e *encodeState, v reflect.Value, opts encOpts) {
	if v.IsNil() {
		e.buf = append(e.buf, "null"...)
		return
	}
	e.reflectValue(v.Elem(), opts)
}

func unsupportedTypeEncoder(e *encodeState, v reflect.Value, _ encOpts) {
	e.fail(&UnsupportedTypeError{v.Type()})
}

// structEncoder writes the fields chosen by typeFields, in index order.
type structEncoder struct {
	fields []field
	encs   []encoderFunc
}

func newStructEncoder(t reflect.Type) encoderFunc {
	fs := cachedTypeFields(t)
	se := &structEncoder{fields: fs.list, encs: make([]encoderFunc, len(fs.list))}
	for i := range fs.list {
		se.encs[i] = typeEncoder(fs.list[i].fieldType)
	}
	return se.encode
}

func (se *structEncoder) encode(e *encodeState, v reflect.Value, opts encOpts) {
	first := true
	e.buf = append(e.buf, '{')
next:
	for i := range se.fields {
		f := &se.fields[i]
		var fv reflect.Value
		if len(f.index) == 1 {
			fv = v.Field(f.index[0])
		} else {
			fv = v
			for _, x := range f.index {
				if fv.Kind() == reflect.Pointer {
					if fv.IsNil() {
						continue next
					}
					fv = fv.Elem()
				}
				fv = fv.Field(x)
			}
		}
		if f.omitEmpty && isEmptyValue(fv) {
			continue
		}
		if !first {
			e.buf = append(e.buf, ',')
		}
		first = false
		if opts.escapeHTML {
			e.buf = append(e.buf, f.nameEscHTML...)
		} else {
			e.buf = append(e.buf, f.nameNonEsc...)
		}
		opts.quoted = f.quoted
		se.encs[i](e, fv, opts)
	}
	e.buf = append(e.buf, '}')
}

// mapEntry is one map element with its key rendered as a string.
type mapEntry struct {
	ks string
	v  reflect.Value
}

type byKey []mapEntry

func (x byKey) Len() int           { return len(x) }
func (x byKey) Less(i, j int) bool { return x[i].ks < x[j].ks }
func (x byKey) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// mapKeyString renders a map key: strings as they are, then TextMarshalers,
// then integers.
func mapKeyString(k reflect.Value) (string, error) {
	if k.Kind() == reflect.String {
		return k.String(), nil
	}
	if tm, ok := k.Interface().(encoding.TextMarshaler); ok {
		if k.Kind() == reflect.Pointer && k.IsNil() {
			return "", nil
		}
		b, err := tm.MarshalText()
		return string(b), err
	}
	switch k.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(k.Int(), 10), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.FormatUint(k.Uint(), 10), nil
	}
	panic("unexpected map key type")
}

func newMapEncoder(t reflect.Type) encoderFunc {
	switch t.Key().Kind() {
	case reflect.String,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
	default:
		if !t.Key().Implements(textMarshalerType) {
			return unsupportedTypeEncoder
		}
	}
	elemEnc := typeEncoder(t.Elem())
	return func(e *encodeState, v reflect.Value, opts encOpts) {
		if v.IsNil() {
			e.buf = append(e.buf, "null"...)
			return
		}
		key := cycleKey{kind: reflect.Map, ptr: v.Pointer()}
		if e.enterCycleCheck(v, key) {
			defer delete(e.ptrSeen, key)
		}
		e.buf = append(e.buf, '{')
		entries := make(byKey, v.Len())
		it := v.MapRange()
		for i := 0; it.Next(); i++ {
			ks, err := mapKeyString(it.Key())
			if err != nil {
				e.fail(errors.New("json: encoding error for type " + strconv.Quote(v.Type().String()) +
					": " + strconv.Quote(err.Error())))
			}
			entries[i] = mapEntry{ks, it.Value()}
		}
		sort.Sort(entries)
		for i := range entries {
			if i > 0 {
				e.buf = append(e.buf, ',')
			}
			e.buf = appendStringString(e.buf, entries[i].ks, opts.escapeHTML)
			e.buf = append(e.buf, ':')
			elemEnc(e, entries[i].v, opts)
		}
		e.buf = append(e.buf, '}')
		e.ptrLevel--
	}
}

func encodeByteSlice(e *encodeState, v reflect.Value, _ encOpts) {
	if v.IsNil() {
		e.buf = append(e.buf, "null"...)
		return
	}
	s := v.Bytes()
	n := base64.StdEncoding.EncodedLen(len(s))
	start := len(e.buf) + 1
	need := start + n + 1
	if cap(e.buf) < need {
		nb := make([]byte, len(e.buf), 2*cap(e.buf)+n+2)
		copy(nb, e.buf)
		e.buf = nb
	}
	e.buf = e.buf[:need]
	e.buf[start-1] = '"'
	base64.StdEncoding.Encode(e.buf[start:need-1], s)
	e.buf[need-1] = '"'
}

func newSliceEncoder(t reflect.Type) encoderFunc {
	// []byte is base64 unless its element type marshals itself.
	if t.Elem().Kind() == reflect.Uint8 {
		p := reflect.PointerTo(t.Elem())
		if !p.Implements(marshalerType) && !p.Implements(textMarshalerType) {
			return encodeByteSlice
		}
	}
	arrayEnc := newArrayEncoder(t)
	return func(e *encodeState, v reflect.Value, opts encOpts) {
		if v.IsNil() {
			e.buf = append(e.buf, "null"...)
			return
		}
		key := cycleKey{kind: reflect.Slice, ptr: v.Pointer(), n: v.Len()}
		if e.enterCycleCheck(v, key) {
			defer delete(e.ptrSeen, key)
		}
		arrayEnc(e, v, opts)
		e.ptrLevel--
	}
}

func newArrayEncoder(t reflect.Type) encoderFunc {
	elemEnc := typeEncoder(t.Elem())
	return func(e *encodeState, v reflect.Value, opts encOpts) {
		e.buf = append(e.buf, '[')
		n := v.Len()
		for i := 0; i < n; i++ {
			if i > 0 {
				e.buf = append(e.buf, ',')
			}
			elemEnc(e, v.Index(i), opts)
		}
		e.buf = append(e.buf, ']')
	}
}

func newPtrEncoder(t reflect.Type) encoderFunc {
	elemEnc := typeEncoder(t.Elem())
	return func(e *encodeState, v reflect.Value, opts encOpts) {
		if v.IsNil() {
			e.buf = append(e.buf, "null"...)
			return
		}
		key := cycleKey{kind: reflect.Pointer, typ: v.Type(), ptr: v.Pointer()}
		if e.enterCycleCheck(v, key) {
			defer delete(e.ptrSeen, key)
		}
		elemEnc(e, v.Elem(), opts)
		e.ptrLevel--
	}
}
