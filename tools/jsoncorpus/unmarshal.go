package main

import (
	"bytes"
	json "encoding/json"
	"errors"
	"reflect"
)

var (
	reflectTypeOfInt = reflect.TypeOf(0)
	errBoom          = errors.New("write boom")
)

type target struct {
	name string
	make func() any
}

func tg(name string, f func() any) target { return target{name, f} }

// targets are fresh destinations; several are pre-filled to show what
// Unmarshal keeps, replaces or zeroes.
var targets = []target{
	tg("any", func() any { return new(any) }),
	tg("map[string]any", func() any { return new(map[string]any) }),
	tg("[]any", func() any { return new([]any) }),
	tg("bool", func() any { return new(bool) }),
	tg("int", func() any { return new(int) }),
	tg("int8", func() any { return new(int8) }),
	tg("int16", func() any { return new(int16) }),
	tg("int64", func() any { return new(int64) }),
	tg("uint", func() any { return new(uint) }),
	tg("uint8", func() any { return new(uint8) }),
	tg("uint32", func() any { return new(uint32) }),
	tg("uintptr", func() any { return new(uintptr) }),
	tg("float32", func() any { return new(float32) }),
	tg("float64", func() any { return new(float64) }),
	tg("string", func() any { return new(string) }),
	tg("[]byte", func() any { return new([]byte) }),
	tg("[]int", func() any { return new([]int) }),
	tg("[]int prefilled", func() any { s := make([]int, 5, 10); s[0] = 9; return &s }),
	tg("[2]int", func() any { a := [2]int{7, 8}; return &a }),
	tg("[0]int", func() any { return new([0]int) }),
	tg("[]string", func() any { return new([]string) }),
	tg("map[string]int", func() any { return new(map[string]int) }),
	tg("map[string]int prefilled", func() any { mm := map[string]int{"keep": 1, "a": 0}; return &mm }),
	tg("map[int]string", func() any { return new(map[int]string) }),
	tg("map[int8]int", func() any { return new(map[int8]int) }),
	tg("map[uint16]int", func() any { return new(map[uint16]int) }),
	tg("map[IntKey]int", func() any { return new(map[IntKey]int) }),
	tg("map[UintKey]int", func() any { return new(map[UintKey]int) }),
	tg("map[StrKey]int", func() any { return new(map[StrKey]int) }),
	tg("map[TextKey]string", func() any { return new(map[TextKey]string) }),
	tg("map[float64]int", func() any { return new(map[float64]int) }),
	tg("map[string]*Inner", func() any { return new(map[string]*Inner) }),
	tg("map[string][]int", func() any { return new(map[string][]int) }),
	tg("*int", func() any { return new(*int) }),
	tg("*int set", func() any { p := new(int); *p = 3; return &p }),
	tg("**string", func() any { return new(**string) }),
	tg("any holding *int", func() any { var x any = new(int); return &x }),
	tg("any holding int", func() any { var x any = 5; return &x }),
	tg("any holding **int", func() any { p := new(int); var x any = &p; return &x }),
	tg("Stringer iface", func() any { return new(interface{ String() string }) }),
	tg("Kinds", func() any { return new(Kinds) }),
	tg("Inner", func() any { return new(Inner) }),
	tg("*Inner", func() any { return new(*Inner) }),
	tg("OmitAll", func() any { return new(OmitAll) }),
	tg("Tags", func() any { return new(Tags) }),
	tg("Embed1", func() any { return new(Embed1) }),
	tg("EmbedConflict", func() any { return new(EmbedConflict) }),
	tg("EmbedPtr", func() any { return new(EmbedPtr) }),
	tg("EmbedUnexp", func() any { return new(EmbedUnexp) }),
	tg("EmbedPtrUnexp", func() any { return new(EmbedPtrUnexp) }),
	tg("DeepConflict", func() any { return new(DeepConflict) }),
	tg("TagWins", func() any { return new(TagWins) }),
	tg("Twice", func() any { return new(Twice) }),
	tg("UHolder", func() any { return new(UHolder) }),
	tg("NumHolder", func() any { return new(NumHolder) }),
	tg("Nested", func() any { return new(Nested) }),
	tg("PtrChain", func() any { return new(PtrChain) }),
	tg("Recursive", func() any { return new(Recursive) }),
	tg("UJ", func() any { return new(UJ) }),
	tg("UT", func() any { return new(UT) }),
	tg("*UT", func() any { return new(*UT) }),
	tg("[]UT", func() any { return new([]UT) }),
	tg("UErr", func() any { return new(UErr) }),
	tg("UVal", func() any { return new(UVal) }),
	tg("RawMessage", func() any { return new(json.RawMessage) }),
	tg("Number", func() any { return new(json.Number) }),
	tg("Strs", func() any { return new(Strs) }),
	tg("chan", func() any { return new(chan int) }),
	tg("struct{}", func() any { return new(struct{}) }),
	tg("[]UErr", func() any { return new([]UErr) }),
	tg("map[string]UErr", func() any { return new(map[string]UErr) }),
	tg("QTextHolder", func() any { return new(QTextHolder) }),
	tg("IfaceHolder", func() any { return new(IfaceHolder) }),
	tg("DoubleCommon", func() any { return new(DoubleCommon) }),
	tg("V1", func() any { return new(V1) }),
	tg("[4]byte", func() any { return new([4]byte) }),
	tg("named bytes", func() any { type NB []uint8; return new(NB) }),
	tg("map[string][]byte", func() any { return new(map[string][]byte) }),
	tg("*[]int", func() any { return new(*[]int) }),
	tg("[]*int", func() any { return new([]*int) }),
	tg("map[QText]int", func() any { return new(map[QText]int) }),
	tg("Embed ptr set", func() any { return &EmbedPtr{Base: &Base{ID: 9, Name: "pre"}} }),
	tg("Stringer holding", func() any { var s interface{ String() string } = QStringer("x"); return &s }),
	tg("any holding Inner", func() any { var x any = Inner{1, "z"}; return &x }),
	tg("any holding *Inner", func() any { var x any = &Inner{1, "z"}; return &x }),
	tg("[]any prefilled", func() any { s := []any{1, "x", nil}; return &s }),
	tg("map[string]any prefilled", func() any { mm := map[string]any{"a": "old", "z": 1}; return &mm }),
}

// inputs are valid JSON documents decoded into every target.
var inputs = []string{
	`null`, `true`, `false`, `0`, `-0`, `1`, `-1`, `1.5`, `-2.5e3`, `1e2`, `1E-2`, `255`, `256`, `-129`, `127`, `-128`,
	`32768`, `65535`, `65536`, `4294967296`, `9223372036854775807`, `9223372036854775808`, `-9223372036854775808`,
	`-9223372036854775809`, `18446744073709551615`, `18446744073709551616`, `3.4e38`, `3.5e38`, `1e309`, `-1e400`,
	`1e-400`, `0.1`, `12345678901234567890123`, `""`, `"x"`, `"hello"`, `"aGVsbG8="`, `"aGVsbG8"`, `"!!"`, `"a|b"`,
	`"bad"`, `"123"`, `"\u00e9\ud83d\ude00\n\t\"\\\/\b\f\r"`, `"\ud800"`, `"\udc00x"`, `"\ud800\u0041"`,
	`"\ud83d\ud83d\ude00"`, `"\uDBFF\uDFFF"`, "\"\xff\xfe\"", "\"a\xc3\"", `[]`, `[1]`, `[1,2,3]`, `[1,"a",null,true]`,
	`[[1],[2,3]]`, `["a","b"]`, `[null]`, `[1,2,3,4,5,6,7,8,9,10,11,12,13]`, `{}`, `{"a":1}`, `{"a":1,"b":2}`,
	`{"keep":5}`, `{"1":"x","-2":"y"}`, `{"128":1}`, `{"-129":1}`, `{"abc":1}`, `{"1.5":1}`, `{"65536":1}`,
	`{"256":1}`, `{"a|b":"v","c|d":"w"}`, `{"nobar":"x"}`, `{"x":1,"y":"s"}`, `{"X":2,"Y":"t"}`, `{"x":"str"}`,
	`{"x":1.5}`, `{"x":null}`, `{"y":5}`, `{"a":{"b":{"c":[1,{"d":null}]}}}`, `  {  "a"  :  [ 1 , 2 ]  }  `,
	`{"B":true,"I":-1,"I8":-8,"I16":300,"I32":1e3,"I64":"7","U":-1,"U8":256,"U16":1,"U32":1,"U64":1,"UP":1,"F32":1e39,"F64":1.5,"S":5,"Bs":"AQI=","Sl":[1,"x",3],"Ar":[1,2,3,4],"M":{"a":"b","c":1},"P":7,"If":{"z":[1]},"St":{"x":1,"y":2},"PSt":{"x":"bad"},"Strs":[1,"a"]}`,
	`{"b":true,"i":2,"s":"lower","st":{"X":3}}`,
	`{"ID":1,"name":"n","Extra":2,"Kind":"k"}`, `{"id":"1"}`, `{"Base":{"ID":1}}`, `{"base":{"ID":5,"name":"x"},"B2":{"Kind":"q"}}`,
	`{"Z":1,"ID":2,"name":"m"}`, `{"Exported":1,"hidden":2,"MyInt":3,"myInt":4,"Top":5}`, `{"Exported":9,"V":2}`,
	`{"Leaf":"s"}`, `{"Leaf":5}`, `{"Name":"n"}`, `{"P":{"Leaf":1},"Q":{"Leaf":2},"Leaf":3}`,
	`{"J":[1, 2],"PJ":{"a":1},"T":"hi","PT":"there","Raw":[1, {"a": 2}],"N":12.50,"TK":{"a|b":1},"Arr":["x","y"]}`,
	`{"T":5}`, `{"T":true}`, `{"T":null,"PT":null}`, `{"T":[1]}`, `{"T":{}}`, `{"T":"bad"}`, `{"E":1}`, `{"TE":1}`,
	`{"N":"12"}`, `{"N":"x"}`, `{"N":1e5}`, `{"NS":"3.5"}`, `{"NS":3.5}`, `{"NS":"\"3.5\""}`, `{"I":1.0}`,
	`{"renamed":1,"Dash":2,"-":3,"Empty":4,"a-b.c:d":5,"ü名":6,"<&>":7,"Invalid":8,"x y":9,"BadComma":10}`,
	`{"Quoted":"12","QStr":"\"s\"","QBool":"true","QFloat":"1.5","QUint":"200","QPtr":"5","QSlice":[1]}`,
	`{"Quoted":12}`, `{"Quoted":"x"}`, `{"Quoted":"1x"}`, `{"Quoted":""}`, `{"Quoted":null}`, `{"Quoted":"null"}`,
	`{"QStr":"s"}`, `{"QStr":"\"unterminated"}`, `{"QStr":"\"\\'\""}`, `{"QStr":"12"}`, `{"QStr":"null"}`, `{"QStr":"\"a\nb\""}`,
	`{"QBool":"tru"}`, `{"QBool":"1"}`, `{"QBool":true}`, `{"QBool":"false"}`, `{"QBool":"nil"}`, `{"QUint":"-1"}`,
	`{"QUint":"300"}`, `{"QFloat":"1e400"}`, `{"Quoted":1e400}`, `{"QPtr":"null"}`, `{"QPtr":null}`, `{"Quoted":[1]}`,
	`{"Quoted":{"a":1}}`, `{"other":"\"o\""}`, `{"sp":1," sp ":2,"Space":3,"100%":4}`,
	`{"A":{"B":{"C":"x","D":[{"E":300}]}},"M":{"k":{"F":-1}}}`, `{"PP":5,"PPS":"s","PI":[1]}`, `{"PP":null}`,
	`{"V":1,"Next":{"V":2,"Next":{"V":"three"}},"Kids":[{"V":4}]}`, `{"s1":"a","S2":"b"}`, `{"S1":"a","S1":"b","s1":"c"}`,
	`{"a":1,"a":2}`, `[{"a|b":1}]`, `{"x":1,"x":"dup"}`, `{"Y":"u","y":"l"}`, `{"\u0078":1}`, `{"K":1,"ſ":2}`,
	`{"QStr":"true"}`, `{"QStr":"\"\\u12x4\""}`, `{"QStr":"\"a\\\""}`, `{"QStr":"\"\\q\""}`,
	`{"Q":"\"x\""}`, `{"Q":"x"}`, `{"Q":"5"}`, `{"Q":"\"unterminated"}`, `{"Q":null}`, `{"Q":"null"}`, `{"Q":"true"}`,
	`{"C":5,"D":6,"Leaf":7}`, `{"M":1,"T":"x","U":[1]}`, `{"QStr":"\"\\ud800\""}`, `{"QStr":"\"\xff\""}`,
	`{"NAME":"upper"}`, `{"nAmE":"mixed"}`, `{"ID":1.5}`, `{"M":{"a":1},"M":null}`, `{"Sl":null,"M":null,"P":null,"If":null}`,
}

// u decodes input into a fresh target and reports the error and the result.
func u(name, input string, t target) {
	p := t.make()
	err := json.Unmarshal([]byte(input), p)
	report("unmarshal "+name+" into "+t.name, "%s %s", errStr(err), show(p))
}

func unmarshalCases() {
	for _, in := range inputs {
		for _, t := range targets {
			u(in, in, t)
		}
	}
	// Invalid arguments.
	var x int
	report("unmarshal nil", "%s", errStr(json.Unmarshal([]byte(`1`), nil)))
	report("unmarshal non-pointer", "%s", errStr(json.Unmarshal([]byte(`1`), x)))
	report("unmarshal nil pointer", "%s", errStr(json.Unmarshal([]byte(`1`), (*int)(nil))))
	report("unmarshal non-pointer struct", "%s", errStr(json.Unmarshal([]byte(`{}`), Inner{})))
	report("unmarshal syntax before invalid", "%s", errStr(json.Unmarshal([]byte(`{`), nil)))
	report("unmarshal empty", "%s", errStr(json.Unmarshal(nil, &x)))
	report("unmarshal space", "%s", errStr(json.Unmarshal([]byte("  \n"), &x)))

	// Self-referencing interface.
	var self any
	self = &self
	err := json.Unmarshal([]byte(`[1]`), self)
	report("unmarshal self iface", "%s %T", errStr(err), self)

	// A pointer inside an interface is followed.
	in := &Inner{X: 1}
	var holder any = in
	err = json.Unmarshal([]byte(`{"y":"set"}`), &holder)
	report("unmarshal through iface ptr", "%s %v %T", errStr(err), *in, holder)
	err = json.Unmarshal([]byte(`null`), &holder)
	report("unmarshal null into iface ptr", "%s %v %T", errStr(err), *in, holder)

	// Decoding into an existing slice reuses and truncates; into maps merges.
	s := []Inner{{1, "a"}, {2, "b"}, {3, "c"}}
	err = json.Unmarshal([]byte(`[{"x":9}]`), &s)
	report("unmarshal reuse slice", "%s %v len=%d cap=%d", errStr(err), s, len(s), cap(s))
	s = s[:3]
	report("unmarshal reuse slice tail", "%v", s)
	arr := [3]Inner{{1, "a"}, {2, "b"}, {3, "c"}}
	err = json.Unmarshal([]byte(`[{"x":9}]`), &arr)
	report("unmarshal reuse array", "%s %v", errStr(err), arr)
	mp := map[string]Inner{"a": {1, "a"}}
	err = json.Unmarshal([]byte(`{"a":{"x":2},"b":{"y":"b"}}`), &mp)
	report("unmarshal map replaces values", "%s %v", errStr(err), show(&mp))
	st := Inner{X: 5, Y: "keep"}
	err = json.Unmarshal([]byte(`{"x":6}`), &st)
	report("unmarshal struct keeps", "%s %v", errStr(err), st)
	sl := make([]int, 0, 2)
	for _, in := range []string{`[1,2]`, `[1,2,3]`, `[1,2,3,4,5,6,7]`, `[]`} {
		err = json.Unmarshal([]byte(in), &sl)
		report("unmarshal cap growth "+in, "%s len=%d cap=%d %v", errStr(err), len(sl), cap(sl), sl)
	}
	var big []int
	err = json.Unmarshal([]byte(`[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20]`), &big)
	report("unmarshal growth from nil", "%s len=%d cap=%d", errStr(err), len(big), cap(big))

	// RawMessage and Number round trips.
	var raw struct {
		A json.RawMessage
		B *json.RawMessage
		C []json.RawMessage
	}
	err = json.Unmarshal([]byte(`{"A": { "x" : [1, 2] } , "B":"s", "C":[null, 1.50, "q"]}`), &raw)
	report("unmarshal rawmessage", "%s %q %q %q", errStr(err), raw.A, *raw.B, raw.C)
	var rp *json.RawMessage
	report("rawmessage nil receiver", "%s", errStr(rp.UnmarshalJSON([]byte("1"))))
	for _, n := range []json.Number{"12", "-1.5e3", "1e400", "9223372036854775808", "x"} {
		i, ierr := n.Int64()
		f, ferr := n.Float64()
		report("number methods "+string(n), "%s %d %s %g %s", n.String(), i, errStr(ierr), f, errStr(ferr))
	}

	// Embedded pointer to unexported struct cannot be allocated.
	var epu EmbedPtrUnexp
	err = json.Unmarshal([]byte(`{"Exported":1,"V":2}`), &epu)
	report("embedded unexported ptr", "%s V=%d nil=%v", errStr(err), epu.V, epu.withUnexp == nil)

	// Deep nesting limits.
	deep := bytes.Repeat([]byte("["), 10000)
	deep = append(deep, bytes.Repeat([]byte("]"), 10000)...)
	var dv any
	report("depth 10000", "%s", errStr(json.Unmarshal(deep, &dv)))
	deep = bytes.Repeat([]byte("["), 10001)
	report("depth 10001", "%s", errStr(json.Unmarshal(deep, &dv)))
	deep = bytes.Repeat([]byte(`{"a":`), 10001)
	report("depth 10001 obj", "%s", errStr(json.Unmarshal(deep, &dv)))

	// Errors: first type error wins, decoding continues.
	var k Kinds
	err = json.Unmarshal([]byte(`{"I":"x","B":1,"S":"ok"}`), &k)
	report("first error wins", "%s S=%q", errStr(err), k.S)
	var nest struct {
		Outer struct {
			Inner struct{ V int }
			M     map[string]int
			L     []struct{ W bool }
		}
	}
	for _, in := range []string{`{"Outer":{"Inner":{"V":"s"}}}`, `{"Outer":{"M":{"a":"s"}}}`, `{"Outer":{"L":[{"W":1}]}}`,
		`{"Outer":{"M":{"a":1},"Inner":{"V":true}}}`, `{"Outer":[1]}`, `{"Outer":{"Inner":5}}`} {
		err = json.Unmarshal([]byte(in), &nest)
		report("nested error context "+in, "%s", errStr(err))
	}
	var mk map[int]struct{ A int }
	err = json.Unmarshal([]byte(`{"x":{"A":"s"}}`), &mk)
	report("map key error vs value", "%s", errStr(err))
	var sm struct{ M map[int8]int }
	err = json.Unmarshal([]byte(`{"M":{"300":1}}`), &sm)
	report("map key error in struct", "%s", errStr(err))
	var ute UHolder
	err = json.Unmarshal([]byte(`{"TE":1}`), &ute)
	report("custom type error gets context", "%s", errStr(err))
}
