// Command corpus runs a large, deterministic set of encoding/json operations and
// prints one numbered line per case: outputs, error types, error texts and
// error fields. It is compiled twice by the differential test in the module
// root: as is (Go's encoding/json) and with its json import rewritten to
// jsondev/json; the two transcripts must be byte-identical.
package main

import (
	"bufio"
	json "encoding/json"
	"errors"
	"fmt"
	"os"
	"reflect"
	"sort"
	"strconv"
	"strings"
)

var (
	out   = bufio.NewWriterSize(os.Stdout, 1<<16)
	ncase int
)

// report prints one case line.
func report(name string, format string, args ...any) {
	ncase++
	q := strconv.Quote(name)
	fmt.Fprintf(out, "#%d %s: ", ncase, q[1:len(q)-1])
	fmt.Fprintf(out, format, args...)
	out.WriteByte('\n')
}

// errStr describes an error: dynamic type, text, and the fields of json's error types.
func errStr(err error) string {
	if err == nil {
		return "<nil>"
	}
	s := fmt.Sprintf("%T %q", err, err.Error())
	switch e := err.(type) {
	case *json.SyntaxError:
		s += fmt.Sprintf(" off=%d", e.Offset)
	case *json.UnmarshalTypeError:
		s += fmt.Sprintf(" val=%q type=%v off=%d struct=%q field=%q", e.Value, e.Type, e.Offset, e.Struct, e.Field)
	case *json.InvalidUnmarshalError:
		s += fmt.Sprintf(" type=%v", e.Type)
	case *json.UnsupportedTypeError:
		s += fmt.Sprintf(" type=%v", e.Type)
	case *json.UnsupportedValueError:
		s += fmt.Sprintf(" str=%q valtype=%v", e.Str, e.Value.Type())
	case *json.MarshalerError:
		s += fmt.Sprintf(" type=%v err=[%s] unwrap=%v", e.Type, errStr(e.Err), errors.Unwrap(e) == e.Err)
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		s += fmt.Sprintf(" as-syntax-off=%d", se.Offset)
	}
	return s
}

// dump renders a value deterministically: types, nil-ness, lengths and
// capacities, pointers followed (to a depth), map keys sorted.
func dump(v reflect.Value, depth int) string {
	if !v.IsValid() {
		return "<invalid>"
	}
	if depth > 12 {
		return "..."
	}
	t := v.Type()
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return "(" + t.String() + ")nil"
		}
		return "&" + dump(v.Elem(), depth+1)
	case reflect.Interface:
		if v.IsNil() {
			return t.String() + "(nil)"
		}
		return t.String() + "(" + dump(v.Elem(), depth+1) + ")"
	case reflect.Struct:
		var b strings.Builder
		b.WriteString(t.String() + "{")
		for i := 0; i < v.NumField(); i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(t.Field(i).Name + ":" + dump(v.Field(i), depth+1))
		}
		b.WriteString("}")
		return b.String()
	case reflect.Map:
		if v.IsNil() {
			return t.String() + "(nil)"
		}
		var items []string
		it := v.MapRange()
		for it.Next() {
			items = append(items, dump(it.Key(), depth+1)+"=>"+dump(it.Value(), depth+1))
		}
		sort.Strings(items)
		return t.String() + "{" + strings.Join(items, ", ") + "}"
	case reflect.Slice:
		if v.IsNil() {
			return t.String() + "(nil)"
		}
		return fmt.Sprintf("%s(len=%d cap=%d)%s", t, v.Len(), v.Cap(), dumpElems(v, depth))
	case reflect.Array:
		return t.String() + dumpElems(v, depth)
	case reflect.String:
		return t.String() + "(" + strconv.Quote(v.String()) + ")"
	case reflect.Bool:
		return fmt.Sprintf("%s(%v)", t, v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return fmt.Sprintf("%s(%d)", t, v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return fmt.Sprintf("%s(%d)", t, v.Uint())
	case reflect.Float32:
		return fmt.Sprintf("%s(%s)", t, strconv.FormatFloat(v.Float(), 'g', -1, 32))
	case reflect.Float64:
		return fmt.Sprintf("%s(%s)", t, strconv.FormatFloat(v.Float(), 'g', -1, 64))
	}
	return t.String() + "(?)"
}

func dumpElems(v reflect.Value, depth int) string {
	var b strings.Builder
	b.WriteString("[")
	for i := 0; i < v.Len(); i++ {
		if i > 0 {
			b.WriteString(" ")
		}
		b.WriteString(dump(v.Index(i), depth+1))
	}
	b.WriteString("]")
	return b.String()
}

// show dumps the value a pointer points to (or the value itself).
func show(p any) string {
	v := reflect.ValueOf(p)
	if v.Kind() == reflect.Pointer && !v.IsNil() {
		return dump(v.Elem(), 0)
	}
	return dump(v, 0)
}

func main() {
	marshalCases()
	unmarshalCases()
	syntaxCases()
	streamCases()
	fuzzCases()
	fmt.Fprintf(out, "total cases: %d\n", ncase)
	out.Flush()
}
