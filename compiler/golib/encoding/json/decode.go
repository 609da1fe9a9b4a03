package json

// This file holds Unmarshal. Input is first checked whole by the scanner (so a
// syntax error leaves the target untouched); the decoder then walks the known
// valid bytes directly. Position bookkeeping reproduces Go's error offsets:
// after a literal, Go's "read index" is the literal's end, which is d.pos here.

import (
	"encoding"
	"encoding/base64"
	"errors"
	"reflect"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// Unmarshal parses the JSON-encoded data and stores the result
// in the value pointed to by v.
func Unmarshal(data []byte, v any) error {
	var s scanner
	if err := checkValid(data, &s); err != nil {
		return err
	}
	var d decodeState
	d.init(data)
	return d.unmarshal(v)
}

// Unmarshaler is the interface implemented by types
// that can unmarshal a JSON description of themselves.
type Unmarshaler interface {
	UnmarshalJSON([]byte) error
}

// An UnmarshalTypeError describes a JSON value that was
// not appropriate for a value of a specific Go type.
type UnmarshalTypeError struct {
	Value  string       // description of JSON value - "bool", "array", "number -5"
	Type   reflect.Type // type of Go value it could not be assigned to
	Offset int64        // error occurred after reading Offset bytes
	Struct string       // name of the struct type containing the field
	Field  string       // the full path from root node to the field
}

func (e *UnmarshalTypeError) Error() string {
	if e.Struct != "" || e.Field != "" {
		return "json: cannot unmarshal " + e.Value + " into Go struct field " + e.Struct + "." + e.Field + " of type " + e.Type.String()
	}
	return "json: cannot unmarshal " + e.Value + " into Go value of type " + e.Type.String()
}

// An UnmarshalFieldError describes a JSON object key that
// led to an unexported (and therefore unwritable) struct field.
//
// Deprecated: No longer used; kept for compatibility.
type UnmarshalFieldError struct {
	Key   string
	Type  reflect.Type
	Field reflect.StructField
}

func (e *UnmarshalFieldError) Error() string {
	return "json: cannot unmarshal object key " + strconv.Quote(e.Key) + " into unexported field " + e.Field.Name + " of type " + e.Type.String()
}

// An InvalidUnmarshalError describes an invalid argument passed to Unmarshal.
type InvalidUnmarshalError struct {
	Type reflect.Type
}

func (e *InvalidUnmarshalError) Error() string {
	if e.Type == nil {
		return "json: Unmarshal(nil)"
	}
	if e.Type.Kind() != reflect.Pointer {
		return "json: Unmarshal(non-pointer " + e.Type.String() + ")"
	}
	return "json: Unmarshal(nil " + e.Type.String() + ")"
}

// A Number represents a JSON number literal.
type Number string

// String returns the literal text of the number.
func (n Number) String() string { return string(n) }

// Float64 returns the number as a float64.
func (n Number) Float64() (float64, error) {
	return strconv.ParseFloat(string(n), 64)
}

// Int64 returns the number as an int64.
func (n Number) Int64() (int64, error) {
	return strconv.ParseInt(string(n), 10, 64)
}

var (
	numberType          = reflect.TypeOf(Number(""))
	stringType          = reflect.TypeOf("")
	float64Type         = reflect.TypeOf(0.0)
	textUnmarshalerType = reflect.TypeOf((*encoding.TextUnmarshaler)(nil)).Elem()
	nullLiteral         = []byte("null")
)

const phasePanicMsg = "JSON decoder out of sync - data changing underfoot?"

// errorContext names the struct field being decoded, for UnmarshalTypeError.
type errorContext struct {
	Struct     reflect.Type
	FieldStack []string
}

type decodeState struct {
	data                  []byte
	pos                   int // next byte to read
	errorContext          *errorContext
	savedError            error
	useNumber             bool
	disallowUnknownFields bool
}

func (d *decodeState) init(data []byte) {
	d.data = data
	d.pos = 0
	d.savedError = nil
	if d.errorContext != nil {
		d.errorContext.Struct = nil
		d.errorContext.FieldStack = d.errorContext.FieldStack[:0]
	}
}

func (d *decodeState) unmarshal(v any) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return &InvalidUnmarshalError{reflect.TypeOf(v)}
	}
	d.skipSpace()
	// rv itself, not rv.Elem(): the top-level pointer may be the Unmarshaler.
	if err := d.value(rv); err != nil {
		return d.addErrorContext(err)
	}
	return d.savedError
}

// readIndex is the offset Go reports for errors about the literal just read:
// the index just past it.
func (d *decodeState) readIndex() int { return d.pos }

// saveError keeps the first non-fatal error for the end of the decode.
func (d *decodeState) saveError(err error) {
	if d.savedError == nil {
		d.savedError = d.addErrorContext(err)
	}
}

// addErrorContext fills in the struct and field path of an UnmarshalTypeError.
func (d *decodeState) addErrorContext(err error) error {
	if d.errorContext != nil && (d.errorContext.Struct != nil || len(d.errorContext.FieldStack) > 0) {
		if te, ok := err.(*UnmarshalTypeError); ok {
			te.Struct = d.errorContext.Struct.Name()
			te.Field = strings.Join(d.errorContext.FieldStack, ".")
		}
	}
	return err
}

func (d *decodeState) skipSpace() {
	data, i := d.data, d.pos
	for i < len(data) && isSpace(data[i]) {
		i++
	}
	d.pos = i
}

// skipComposite moves past the array or object whose opening byte was just read.
func (d *decodeState) skipComposite() {
	data, i := d.data, d.pos
	depth := 1
	for depth > 0 {
		switch data[i] {
		case '"':
			i++
			for data[i] != '"' {
				if data[i] == '\\' {
					i++
				}
				i++
			}
		case '[', '{':
			depth++
		case ']', '}':
			depth--
		}
		i++
	}
	d.pos = i
}

// literalEnd moves past the literal (string, number, true, false, null) at d.pos.
func (d *decodeState) literalEnd() {
	data, i := d.data, d.pos
	switch data[i] {
	case '"':
		i++
		for {
			c := data[i]
			if c == '"' {
				i++
				break
			}
			if c == '\\' {
				i++
			}
			i++
		}
	case 't', 'n':
		i += 4
	case 'f':
		i += 5
	default:
		i++
		for i < len(data) {
			c := data[i]
			if '0' <= c && c <= '9' || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-' {
				i++
				continue
			}
			break
		}
	}
	d.pos = i
}

// value decodes the value starting at d.pos into v; an invalid v skips it.
func (d *decodeState) value(v reflect.Value) error {
	switch d.data[d.pos] {
	case '[':
		d.pos++
		if !v.IsValid() {
			d.skipComposite()
			return nil
		}
		return d.array(v)
	case '{':
		d.pos++
		if !v.IsValid() {
			d.skipComposite()
			return nil
		}
		return d.object(v)
	}
	start := d.pos
	d.literalEnd()
	if v.IsValid() {
		return d.literalStore(d.data[start:d.pos], v, false)
	}
	return nil
}

type unquotedValue struct{}

// valueQuoted reads a value for a ,string field: the unquoted string, nil for
// null, or unquotedValue{} for anything else.
func (d *decodeState) valueQuoted() any {
	switch d.data[d.pos] {
	case '[', '{':
		d.pos++
		d.skipComposite()
		return unquotedValue{}
	}
	v := d.literalInterface()
	switch v.(type) {
	case nil, string:
		return v
	}
	return unquotedValue{}
}

// indirect walks down v, allocating pointers as needed, until it reaches a
// non-pointer, stopping early at an Unmarshaler or TextUnmarshaler. With
// decodingNull it stops at the last settable pointer so null can clear it.
func indirect(v reflect.Value, decodingNull bool) (Unmarshaler, encoding.TextUnmarshaler, reflect.Value) {
	// A named addressable value starts at its address, so pointer methods count;
	// after that first step v0 is restored rather than re-derived through Elem.
	v0 := v
	haveAddr := false
	if v.Kind() != reflect.Pointer && v.Type().Name() != "" && v.CanAddr() {
		haveAddr = true
		v = v.Addr()
	}
	for {
		// Load a pointer out of an interface only if the result is usefully addressable.
		if v.Kind() == reflect.Interface && !v.IsNil() {
			e := v.Elem()
			if e.Kind() == reflect.Pointer && !e.IsNil() && (!decodingNull || e.Elem().Kind() == reflect.Pointer) {
				haveAddr = false
				v = e
				continue
			}
		}
		if v.Kind() != reflect.Pointer {
			break
		}
		if decodingNull && v.CanSet() {
			break
		}
		// An interface holding a pointer to itself would loop forever.
		if ev := v.Elem(); ev.Kind() == reflect.Interface {
			if inner := ev.Elem(); inner.Kind() == reflect.Pointer && inner.Type() == v.Type() && inner.Pointer() == v.Pointer() {
				v = ev
				break
			}
		}
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		if v.Type().NumMethod() > 0 && v.CanInterface() {
			if u, ok := v.Interface().(Unmarshaler); ok {
				return u, nil, reflect.Value{}
			}
			if !decodingNull {
				if u, ok := v.Interface().(encoding.TextUnmarshaler); ok {
					return nil, u, reflect.Value{}
				}
			}
		}
		if haveAddr {
			v = v0
			haveAddr = false
		} else {
			v = v.Elem()
		}
	}
	return nil, nil, v
}

// array decodes the array whose '[' was just read.
func (d *decodeState) array(v reflect.Value) error {
	u, ut, pv := indirect(v, false)
	if u != nil {
		start := d.pos - 1
		d.skipComposite()
		return u.UnmarshalJSON(d.data[start:d.pos])
	}
	if ut != nil {
		d.saveError(&UnmarshalTypeError{Value: "array", Type: v.Type(), Offset: int64(d.pos)})
		d.skipComposite()
		return nil
	}
	v = pv

	switch v.Kind() {
	case reflect.Interface:
		if v.NumMethod() == 0 {
			v.Set(reflect.ValueOf(d.arrayInterface()))
			return nil
		}
		d.saveError(&UnmarshalTypeError{Value: "array", Type: v.Type(), Offset: int64(d.pos)})
		d.skipComposite()
		return nil
	case reflect.Array, reflect.Slice:
	default:
		d.saveError(&UnmarshalTypeError{Value: "array", Type: v.Type(), Offset: int64(d.pos)})
		d.skipComposite()
		return nil
	}

	isSlice := v.Kind() == reflect.Slice
	i := 0
	d.skipSpace()
	if d.data[d.pos] == ']' {
		d.pos++
	} else {
		for {
			if isSlice {
				// Grow by half, at least to 4, as Go does (capacities are visible).
				if i >= v.Cap() {
					newcap := v.Cap() + v.Cap()/2
					if newcap < 4 {
						newcap = 4
					}
					newv := reflect.MakeSlice(v.Type(), v.Len(), newcap)
					reflect.Copy(newv, v)
					v.Set(newv)
				}
				if i >= v.Len() {
					v.SetLen(i + 1)
				}
			}
			var err error
			if i < v.Len() {
				err = d.value(v.Index(i))
			} else {
				err = d.value(reflect.Value{}) // past the end of a Go array: discard
			}
			if err != nil {
				return err
			}
			i++
			d.skipSpace()
			c := d.data[d.pos]
			d.pos++
			if c == ']' {
				break
			}
			d.skipSpace()
		}
	}

	if i < v.Len() {
		if isSlice {
			v.SetLen(i)
		} else {
			z := reflect.Zero(v.Type().Elem())
			for ; i < v.Len(); i++ {
				v.Index(i).Set(z)
			}
		}
	}
	if i == 0 && isSlice {
		v.Set(reflect.MakeSlice(v.Type(), 0, 0))
	}
	return nil
}

func isIntKind(k reflect.Kind) bool {
	switch k {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return true
	}
	return false
}

func isUintKind(k reflect.Kind) bool {
	switch k {
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return true
	}
	return false
}

// object decodes the object whose '{' was just read.
func (d *decodeState) object(v reflect.Value) error {
	u, ut, pv := indirect(v, false)
	if u != nil {
		start := d.pos - 1
		d.skipComposite()
		return u.UnmarshalJSON(d.data[start:d.pos])
	}
	if ut != nil {
		d.saveError(&UnmarshalTypeError{Value: "object", Type: v.Type(), Offset: int64(d.pos)})
		d.skipComposite()
		return nil
	}
	v = pv
	t := v.Type()

	if v.Kind() == reflect.Interface && v.NumMethod() == 0 {
		v.Set(reflect.ValueOf(d.objectInterface()))
		return nil
	}

	var fields structFields
	isMap := false
	switch v.Kind() {
	case reflect.Map:
		// Keys must be strings, integers or TextUnmarshalers.
		kk := t.Key().Kind()
		if kk != reflect.String && !isIntKind(kk) && !isUintKind(kk) &&
			!reflect.PointerTo(t.Key()).Implements(textUnmarshalerType) {
			d.saveError(&UnmarshalTypeError{Value: "object", Type: t, Offset: int64(d.pos)})
			d.skipComposite()
			return nil
		}
		if v.IsNil() {
			v.Set(reflect.MakeMap(t))
		}
		isMap = true
	case reflect.Struct:
		fields = cachedTypeFields(t)
	default:
		d.saveError(&UnmarshalTypeError{Value: "object", Type: t, Offset: int64(d.pos)})
		d.skipComposite()
		return nil
	}

	var mapElem reflect.Value
	var origErrorContext errorContext
	if d.errorContext != nil {
		origErrorContext = *d.errorContext
	}

	d.skipSpace()
	if d.data[d.pos] == '}' {
		d.pos++
		return nil
	}
	for {
		start := d.pos // the key's opening quote
		d.literalEnd()
		item := d.data[start:d.pos]
		key, ok := unquoteBytes(item)
		if !ok {
			panic(phasePanicMsg)
		}

		var subv reflect.Value
		destring := false // the value is wrapped in a string (,string option)
		if isMap {
			if !mapElem.IsValid() {
				mapElem = reflect.New(t.Elem()).Elem()
			} else {
				mapElem.Set(reflect.Zero(t.Elem()))
			}
			subv = mapElem
		} else {
			var f *field
			if i, ok := fields.nameIndex[string(key)]; ok {
				f = &fields.list[i]
			} else {
				for i := range fields.list {
					if fields.list[i].matchesFold(key) {
						f = &fields.list[i]
						break
					}
				}
			}
			if f != nil {
				subv = v
				destring = f.quoted
				for _, i := range f.index {
					if subv.Kind() == reflect.Pointer {
						if subv.IsNil() {
							// A nil embedded pointer to an unexported struct type
							// cannot be allocated: report it and skip the value.
							if !subv.CanSet() {
								d.saveError(errors.New("json: cannot set embedded pointer to unexported struct: " + subv.Type().Elem().String()))
								subv = reflect.Value{}
								destring = false
								break
							}
							subv.Set(reflect.New(subv.Type().Elem()))
						}
						subv = subv.Elem()
					}
					subv = subv.Field(i)
				}
				if d.errorContext == nil {
					d.errorContext = new(errorContext)
				}
				d.errorContext.FieldStack = append(d.errorContext.FieldStack, f.name)
				d.errorContext.Struct = t
			} else if d.disallowUnknownFields {
				d.saveError(errors.New("json: unknown field " + strconv.Quote(string(key))))
			}
		}

		// Skip the ':' and the space around it.
		d.skipSpace()
		d.pos++
		d.skipSpace()

		if destring {
			switch qv := d.valueQuoted().(type) {
			case nil:
				if err := d.literalStore(nullLiteral, subv, false); err != nil {
					return err
				}
			case string:
				if err := d.literalStore([]byte(qv), subv, true); err != nil {
					return err
				}
			default:
				d.saveError(errors.New("json: invalid use of ,string struct tag, trying to unmarshal unquoted value into " + subv.Type().String()))
			}
		} else if err := d.value(subv); err != nil {
			return err
		}

		if isMap {
			kt := t.Key()
			var kv reflect.Value
			switch {
			case reflect.PointerTo(kt).Implements(textUnmarshalerType):
				kv = reflect.New(kt)
				if err := d.literalStore(item, kv, true); err != nil {
					return err
				}
				kv = kv.Elem()
			case kt.Kind() == reflect.String:
				kv = reflect.ValueOf(string(key))
				if kt != stringType {
					kv = kv.Convert(kt)
				}
			case isIntKind(kt.Kind()):
				s := string(key)
				n, err := strconv.ParseInt(s, 10, 64)
				if err != nil || reflect.Zero(kt).OverflowInt(n) {
					d.saveError(&UnmarshalTypeError{Value: "number " + s, Type: kt, Offset: int64(start + 1)})
					break
				}
				kv = reflect.New(kt).Elem()
				kv.SetInt(n)
			case isUintKind(kt.Kind()):
				s := string(key)
				n, err := strconv.ParseUint(s, 10, 64)
				if err != nil || reflect.Zero(kt).OverflowUint(n) {
					d.saveError(&UnmarshalTypeError{Value: "number " + s, Type: kt, Offset: int64(start + 1)})
					break
				}
				kv = reflect.New(kt).Elem()
				kv.SetUint(n)
			default:
				panic("json: Unexpected key type") // excluded above
			}
			if kv.IsValid() {
				v.SetMapIndex(kv, subv)
			}
		}

		// Read the ',' or '}'.
		d.skipSpace()
		c := d.data[d.pos]
		d.pos++
		if d.errorContext != nil {
			d.errorContext.FieldStack = d.errorContext.FieldStack[:len(origErrorContext.FieldStack)]
			d.errorContext.Struct = origErrorContext.Struct
		}
		if c == '}' {
			return nil
		}
		d.skipSpace()
	}
}

// convertNumber makes a float64, or a Number with UseNumber. Its offset is one
// past the literal's end, as Go reports it.
func (d *decodeState) convertNumber(s string) (any, error) {
	if d.useNumber {
		return Number(s), nil
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return nil, &UnmarshalTypeError{Value: "number " + s, Type: float64Type, Offset: int64(d.pos + 1)}
	}
	return f, nil
}

func invalidStringTag(item []byte, t reflect.Type) error {
	return errors.New("json: invalid use of ,string struct tag, trying to unmarshal " + strconv.Quote(string(item)) + " into " + t.String())
}

// literalStore decodes the literal item into v. fromQuoted means item came out
// of a ,string field's string, and so has not been syntax-checked.
func (d *decodeState) literalStore(item []byte, v reflect.Value, fromQuoted bool) error {
	if len(item) == 0 {
		d.saveError(invalidStringTag(item, v.Type()))
		return nil
	}
	isNull := item[0] == 'n'
	u, ut, pv := indirect(v, isNull)
	if u != nil {
		return u.UnmarshalJSON(item)
	}
	if ut != nil {
		if item[0] != '"' {
			if fromQuoted {
				d.saveError(invalidStringTag(item, v.Type()))
				return nil
			}
			val := "number"
			switch item[0] {
			case 'n':
				val = "null"
			case 't', 'f':
				val = "bool"
			}
			d.saveError(&UnmarshalTypeError{Value: val, Type: v.Type(), Offset: int64(d.readIndex())})
			return nil
		}
		s, ok := unquoteBytes(item)
		if !ok {
			if fromQuoted {
				return invalidStringTag(item, v.Type())
			}
			panic(phasePanicMsg)
		}
		return ut.UnmarshalText(s)
	}

	v = pv
	switch c := item[0]; c {
	case 'n': // null
		if fromQuoted && string(item) != "null" {
			d.saveError(invalidStringTag(item, v.Type()))
			break
		}
		switch v.Kind() {
		case reflect.Interface, reflect.Pointer, reflect.Map, reflect.Slice:
			v.Set(reflect.Zero(v.Type()))
		}
	case 't', 'f':
		value := c == 't'
		if fromQuoted && string(item) != "true" && string(item) != "false" {
			d.saveError(invalidStringTag(item, v.Type()))
			break
		}
		switch v.Kind() {
		case reflect.Bool:
			v.SetBool(value)
		case reflect.Interface:
			if v.NumMethod() == 0 {
				v.Set(reflect.ValueOf(value))
			} else {
				d.saveError(&UnmarshalTypeError{Value: "bool", Type: v.Type(), Offset: int64(d.readIndex())})
			}
		default:
			if fromQuoted {
				d.saveError(invalidStringTag(item, v.Type()))
			} else {
				d.saveError(&UnmarshalTypeError{Value: "bool", Type: v.Type(), Offset: int64(d.readIndex())})
			}
		}
	case '"':
		s, ok := unquoteBytes(item)
		if !ok {
			if fromQuoted {
				return invalidStringTag(item, v.Type())
			}
			panic(phasePanicMsg)
		}
		switch v.Kind() {
		case reflect.Slice:
			if v.Type().Elem().Kind() != reflect.Uint8 {
				d.saveError(&UnmarshalTypeError{Value: "string", Type: v.Type(), Offset: int64(d.readIndex())})
				break
			}
			b := make([]byte, base64.StdEncoding.DecodedLen(len(s)))
			n, err := base64.StdEncoding.Decode(b, s)
			if err != nil {
				d.saveError(err)
				break
			}
			v.SetBytes(b[:n])
		case reflect.String:
			if v.Type() == numberType && !isValidNumber(string(s)) {
				return errors.New("json: invalid number literal, trying to unmarshal " + strconv.Quote(string(item)) + " into Number")
			}
			v.SetString(string(s))
		case reflect.Interface:
			if v.NumMethod() == 0 {
				v.Set(reflect.ValueOf(string(s)))
			} else {
				d.saveError(&UnmarshalTypeError{Value: "string", Type: v.Type(), Offset: int64(d.readIndex())})
			}
		default:
			d.saveError(&UnmarshalTypeError{Value: "string", Type: v.Type(), Offset: int64(d.readIndex())})
		}
	default: // number
		if c != '-' && (c < '0' || c > '9') {
			if fromQuoted {
				return invalidStringTag(item, v.Type())
			}
			panic(phasePanicMsg)
		}
		s := string(item)
		switch k := v.Kind(); {
		case k == reflect.Interface:
			n, err := d.convertNumber(s)
			if err != nil {
				d.saveError(err)
				break
			}
			if v.NumMethod() != 0 {
				d.saveError(&UnmarshalTypeError{Value: "number", Type: v.Type(), Offset: int64(d.readIndex())})
				break
			}
			v.Set(reflect.ValueOf(n))
		case isIntKind(k):
			n, err := strconv.ParseInt(s, 10, 64)
			if err != nil || v.OverflowInt(n) {
				d.saveError(&UnmarshalTypeError{Value: "number " + s, Type: v.Type(), Offset: int64(d.readIndex())})
				break
			}
			v.SetInt(n)
		case isUintKind(k):
			n, err := strconv.ParseUint(s, 10, 64)
			if err != nil || v.OverflowUint(n) {
				d.saveError(&UnmarshalTypeError{Value: "number " + s, Type: v.Type(), Offset: int64(d.readIndex())})
				break
			}
			v.SetUint(n)
		case k == reflect.Float32 || k == reflect.Float64:
			n, err := strconv.ParseFloat(s, v.Type().Bits())
			if err != nil || v.OverflowFloat(n) {
				d.saveError(&UnmarshalTypeError{Value: "number " + s, Type: v.Type(), Offset: int64(d.readIndex())})
				break
			}
			v.SetFloat(n)
		default:
			if k == reflect.String && v.Type() == numberType {
				// Already tokenized, so a valid number.
				v.SetString(s)
				break
			}
			if fromQuoted {
				return invalidStringTag(item, v.Type())
			}
			d.saveError(&UnmarshalTypeError{Value: "number", Type: v.Type(), Offset: int64(d.readIndex())})
		}
	}
	return nil
}

// The xxxInterface routines decode into interface{} without reflection.

func (d *decodeState) valueInterface() any {
	switch d.data[d.pos] {
	case '[':
		d.pos++
		return d.arrayInterface()
	case '{':
		d.pos++
		return d.objectInterface()
	}
	return d.literalInterface()
}

// arrayInterface decodes the array whose '[' was just read as []interface{}.
func (d *decodeState) arrayInterface() []any {
	v := make([]any, 0)
	d.skipSpace()
	if d.data[d.pos] == ']' {
		d.pos++
		return v
	}
	for {
		v = append(v, d.valueInterface())
		d.skipSpace()
		c := d.data[d.pos]
		d.pos++
		if c == ']' {
			return v
		}
		d.skipSpace()
	}
}

// objectInterface decodes the object whose '{' was just read as map[string]interface{}.
func (d *decodeState) objectInterface() map[string]any {
	m := make(map[string]any)
	d.skipSpace()
	if d.data[d.pos] == '}' {
		d.pos++
		return m
	}
	for {
		start := d.pos
		d.literalEnd()
		key, ok := unquote(d.data[start:d.pos])
		if !ok {
			panic(phasePanicMsg)
		}
		d.skipSpace()
		d.pos++ // ':'
		d.skipSpace()
		m[key] = d.valueInterface()
		d.skipSpace()
		c := d.data[d.pos]
		d.pos++
		if c == '}' {
			return m
		}
		d.skipSpace()
	}
}

// literalInterface decodes the literal at d.pos as an interface value.
func (d *decodeState) literalInterface() any {
	start := d.pos
	d.literalEnd()
	item := d.data[start:d.pos]
	switch c := item[0]; c {
	case 'n':
		return nil
	case 't', 'f':
		return c == 't'
	case '"':
		s, ok := unquote(item)
		if !ok {
			panic(phasePanicMsg)
		}
		return s
	default:
		if c != '-' && (c < '0' || c > '9') {
			panic(phasePanicMsg)
		}
		n, err := d.convertNumber(string(item))
		if err != nil {
			d.saveError(err)
		}
		return n
	}
}

// getu4 decodes \uXXXX at the start of s, or returns -1.
func getu4(s []byte) rune {
	if len(s) < 6 || s[0] != '\\' || s[1] != 'u' {
		return -1
	}
	var r rune
	for _, c := range s[2:6] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return -1
		}
		r = r*16 + rune(c)
	}
	return r
}

func unquote(s []byte) (string, bool) {
	b, ok := unquoteBytes(s)
	return string(b), ok
}

func appendRune(b []byte, r rune) []byte {
	var tmp [utf8.UTFMax]byte
	n := utf8.EncodeRune(tmp[:], r)
	return append(b, tmp[:n]...)
}

// unquoteBytes decodes a quoted JSON string. Invalid UTF-8 and unpaired
// surrogates become U+FFFD. Without escapes or bad bytes the result aliases s.
func unquoteBytes(s []byte) ([]byte, bool) {
	if len(s) < 2 || s[0] != '"' || s[len(s)-1] != '"' {
		return nil, false
	}
	s = s[1 : len(s)-1]

	r := 0
	for r < len(s) {
		c := s[r]
		if c == '\\' || c == '"' || c < ' ' {
			break
		}
		if c < utf8.RuneSelf {
			r++
			continue
		}
		rr, size := utf8.DecodeRune(s[r:])
		if rr == utf8.RuneError && size == 1 {
			break
		}
		r += size
	}
	if r == len(s) {
		return s, true
	}

	b := make([]byte, r, len(s)+2*utf8.UTFMax)
	copy(b, s[:r])
	for r < len(s) {
		c := s[r]
		switch {
		case c == '\\':
			r++
			if r >= len(s) {
				return nil, false
			}
			switch e := s[r]; e {
			case '"', '\\', '/', '\'':
				b = append(b, e)
				r++
			case 'b':
				b = append(b, '\b')
				r++
			case 'f':
				b = append(b, '\f')
				r++
			case 'n':
				b = append(b, '\n')
				r++
			case 'r':
				b = append(b, '\r')
				r++
			case 't':
				b = append(b, '\t')
				r++
			case 'u':
				r--
				rr := getu4(s[r:])
				if rr < 0 {
					return nil, false
				}
				r += 6
				if utf16.IsSurrogate(rr) {
					rr1 := getu4(s[r:])
					if dec := utf16.DecodeRune(rr, rr1); dec != unicode.ReplacementChar {
						r += 6
						b = appendRune(b, dec)
						break
					}
					rr = unicode.ReplacementChar
				}
				b = appendRune(b, rr)
			default:
				return nil, false
			}
		case c == '"', c < ' ':
			return nil, false
		case c < utf8.RuneSelf:
			b = append(b, c)
			r++
		default:
			rr, size := utf8.DecodeRune(s[r:])
			r += size
			b = appendRune(b, rr)
		}
	}
	return b, true
}
