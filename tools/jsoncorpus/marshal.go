package main

import (
	"bytes"
	json "encoding/json"
	"math"
	"reflect"
)

// m reports Marshal, MarshalIndent and an Encoder without HTML escaping for v.
func m(name string, v any) {
	b, err := json.Marshal(v)
	report("marshal "+name, "%q %s", b, errStr(err))
	b, err = json.MarshalIndent(v, ">", "\t")
	report("indent "+name, "%q %s", b, errStr(err))
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	err = enc.Encode(v)
	report("encode-noesc "+name, "%q %s", buf.String(), errStr(err))
}

func intp(i int) *int { return &i }

func marshalCases() {
	// Scalars.
	m("nil", nil)
	m("true", true)
	m("false", false)
	for _, i := range []int64{0, 1, -1, 42, math.MaxInt64, math.MinInt64, 1 << 53, -(1 << 53) - 1} {
		m("int64", i)
	}
	m("int8", int8(-128))
	m("int16", int16(32767))
	m("int32", int32(-2147483648))
	m("uint", uint(math.MaxUint64))
	m("uint8", uint8(255))
	m("uint16", uint16(65535))
	m("uint32", uint32(math.MaxUint32))
	m("uintptr", uintptr(12345))
	m("myint", MyInt(7))

	floats := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.5, 1.5, 3.141592653589793, 100, 1e6, 1e20, 1e21, 1e21 - 65536,
		123456789012345678901.0, 1e22, 1e100, 1e308, math.MaxFloat64, math.SmallestNonzeroFloat64, 5e-324,
		1e-6, 9.99999e-7, 1e-7, 1.5e-7, 1e-10, 1e-100, 0.000001, 0.0000012345, 12345678.9, 2.5e-5,
		-1e21, -1e-7, 1e-5, 123e-9, 4.9e-10, 1 << 62, 0.1 + 0.2, 1.0 / 3.0, 2.0 / 3.0 * 1e-6}
	for _, f := range floats {
		m("float64", f)
		m("float32", float32(f))
	}
	for _, f := range []float32{1e-6, 9.999999e-7, 1e21, 9.99999e20, 1e20, 3.4028235e38, 1.4e-45, 16777216, 0.3} {
		m("float32 edge", f)
	}
	m("float64 nan", math.NaN())
	m("float64 +inf", math.Inf(1))
	m("float64 -inf", math.Inf(-1))
	m("float32 nan", float32(math.NaN()))
	m("float32 inf", float32(math.Inf(1)))
	m("nan in slice", []any{1, math.Inf(-1)})

	// Strings.
	strs := []string{"", "hello", "quote\"back\\slash", "ctl\x00\x01\x1f\x7f", "\b\f\n\r\t", "<script>&amp;</script>",
		"\u2028\u2029", "é ü 名 😀", "\xff", "a\xffb", "\xc3", "\xc3\x28", "\xed\xa0\x80", "\xf4\x90\x80\x80",
		"\xe2\x80", "\xe2\x80\xa8x", "'single'", "/slash/", "\u00a0\ufeff", "\U0010ffff", "mixed <\xff> \u2029 \"",
		"\x7f\x80", "tab\there"}
	for _, s := range strs {
		m("string", s)
		m("string-tag", struct {
			S string `json:",string"`
		}{s})
	}
	m("bytes nil", []byte(nil))
	m("bytes empty", []byte{})
	m("bytes", []byte("hello, world"))
	m("bytes bin", []byte{0, 1, 2, 0xfe, 0xff})
	long := make([]byte, 3000)
	for i := range long {
		long[i] = byte(i * 7)
	}
	m("bytes long", long)
	m("byte array", [4]byte{1, 2, 3, 4})
	type myByte byte
	m("named byte slice", []myByte{1, 2, 3})
	m("textm byte-ish", []TextM{{"a"}})

	// Composites.
	m("slice nil", []int(nil))
	m("slice empty", []int{})
	m("slice", []int{1, 2, 3})
	m("array", [3]string{"a", "b", "c"})
	m("array empty", [0]int{})
	m("nested slice", [][]int{{1}, nil, {}, {2, 3}})
	m("map nil", map[string]int(nil))
	m("map empty", map[string]int{})
	m("map", map[string]int{"b": 2, "a": 1, "c": 3, "": 0, "A": 9, "é": 5, "<": 6})
	m("map int keys", map[int]string{3: "c", -1: "m", 10: "x", 2: "b"})
	m("map uint keys", map[uint64]bool{math.MaxUint64: true, 0: false, 7: true})
	m("map int8 keys", map[int8]int{-128: 1, 127: 2})
	m("map named int keys", map[IntKey]int{5: 1, -3: 2})
	m("map uintptr keys", map[uintptr]int{5: 1})
	m("map text keys", map[TextKey]int{{"a", "b"}: 1, {"<", ">"}: 2, {"", ""}: 3})
	m("map strkey", map[StrKey]int{"zz": 1, "aa": 2})
	m("map errkey", map[ErrKey]int{1: 1, -1: 2})
	m("map ptrkey", map[*PtrKey]int{{1}: 1})
	m("map ptrkey nil", map[*PtrKey]int{nil: 1})
	m("map float keys", map[float64]int{1.5: 1})
	m("map bool keys", map[bool]int{true: 1})
	m("map struct keys", map[Base]int{{}: 1})
	m("map of maps", map[string]map[string][]int{"x": {"y": {1}}, "a": nil})
	m("map any", map[string]any{"n": nil, "f": 1.5, "s": "x", "b": true, "a": []any{1, "2", nil}, "m": map[string]any{}})
	m("map invalid utf8 key", map[string]int{"\xff": 1, "a\u2028": 2})
	m("interface slice", []any{nil, 1, "a", []int(nil), map[string]int(nil), (*int)(nil), struct{}{}})

	// Structs.
	x := 5
	m("kinds zero", Kinds{})
	m("kinds", Kinds{B: true, I: -1, I8: -8, I16: -16, I32: -32, I64: -64, U: 1, U8: 8, U16: 16, U32: 32, U64: 64, UP: 99,
		F32: 1.25, F64: -2.5e-8, S: "s<", Bs: []byte("b"), Sl: []int{1}, Ar: [3]int{1, 2, 3}, M: map[string]int{"k": 1},
		P: &x, If: map[string]any{"z": []any{}}, St: Inner{1, "y"}, PSt: &Inner{2, ""}, Strs: []string{}})
	m("omit zero", OmitAll{})
	m("omit set", OmitAll{B: true, I: 1, I8: 1, U: 1, UP: 1, F32: 1, F64: 1, S: "s", Bs: []byte{1}, Sl: []int{0},
		Ar: [2]int{}, M: map[string]int{"": 0}, P: intp(0), If: 0, PSt: &Inner{}, Mi: map[int]string{1: ""},
		N: "1.5", R: json.RawMessage(`[1, 2]`)})
	m("omit empty non-nil", OmitAll{Bs: []byte{}, Sl: []int{}, M: map[string]int{}, If: nil, R: json.RawMessage{}})
	m("tags", Tags{Renamed: 1, Dash: 2, DashComma: 3, Empty: 4, OnlyOpt: 5, Weird: 6, Unicode: 7, HTML: 8, Invalid: 9,
		BadComma: 10, Quoted: 11, QStr: "q\"<", QBool: true, QFloat: 1e-7, QUint: 200, QPtr: intp(12), QSlice: []int{1},
		unexp: 13, Other: "o", Space: 14, Percent: 15})
	m("tags zero", Tags{})
	m("embed1", Embed1{Base{1, "n"}, 2})
	m("embed conflict", EmbedConflict{Base{1, "n"}, Base2{2, "k"}})
	m("embed shadow", EmbedShadow{Base{1, "n"}, "s"})
	m("embed ptr nil", EmbedPtr{nil, 3})
	m("embed ptr", EmbedPtr{&Base{1, "n"}, 3})
	m("embed unexp", EmbedUnexp{withUnexp{1, 2}, 3, 4, 5})
	m("embed tagged", EmbedTagged{Base{1, "n"}, Base2{2, "k"}})
	m("deep", Deep1{Deep2{Deep3{7}}})
	m("deep conflict", DeepConflict{Deep1{Deep2{Deep3{7}}}, "top"})
	m("tag wins", TagWins{A1{"tagged"}, A2{"untagged"}})
	m("both tagged", BothTagged{B1{1}, B2{2}})
	m("embed ptr unexp nil", EmbedPtrUnexp{nil, 1})
	m("embed ptr unexp", EmbedPtrUnexp{&withUnexp{4, 5}, 1})
	m("twice", Twice{Deep3{1}, struct{ Deep3 }{Deep3{2}}, &Deep3{3}})
	m("iface embed nil", IfaceEmbed{nil, 1})
	m("recursive", Recursive{1, &Recursive{2, nil, nil}, []Recursive{{3, nil, []Recursive{{4, nil, nil}}}}})
	m("nested", Nested{})
	m("anon struct", struct {
		A int
		B struct{ C string }
	}{1, struct{ C string }{"c"}})
	m("empty struct", struct{}{})
	m("ptr to struct", &Inner{1, "a"})
	m("ptr ptr", func() **int { p := intp(3); return &p }())
	m("ptr nil", (*Inner)(nil))
	m("ptr chain", PtrChain{})
	m("unsupported chan", make(chan int))
	m("unsupported func", func() {})
	m("unsupported field", Unsupported{})
	m("unsupported nil chan field", UnsupportedFn{})
	m("unsupported in slice", []any{1, make(chan bool)})
	m("unsupported map value", map[string]any{"a": func() {}})

	// Marshalers.
	m("valm", ValM{3})
	m("valm ptr", &ValM{4})
	m("valm nil ptr", (*ValM)(nil))
	m("ptrm value", PtrM{5})
	m("ptrm ptr", &PtrM{6})
	m("ptrm in slice", []PtrM{{7}})
	m("ptrm in array", [1]PtrM{{8}})
	m("ptrm in array ptr", &[1]PtrM{{9}})
	m("ptrm in map", map[string]PtrM{"a": {10}})
	m("errm", ErrM{})
	m("errm in struct", struct{ E ErrM }{})
	for _, s := range []string{``, `{`, `{"a":1`, `[1,]`, `nul`, `1 2`, `"x`, `  {"a" : [ 1 , 2 ] }  `, `"<>&\u2028"`, "\"\xff\"", `tru`} {
		m("badm "+s, BadM{s})
	}
	m("textm", TextM{"a<b"})
	m("textm ptr", &TextM{"p"})
	m("ptrtextm value", PtrTextM{"v"})
	m("ptrtextm ptr", &PtrTextM{"p"})
	m("ptrtextm slice", []PtrTextM{{"s"}})
	m("errtextm", ErrTextM(1))
	m("bothm", BothM{})
	m("marshal holder", MarshalHolder{V: ValM{1}, P: PtrM{2}, PP: &PtrM{3}, T: TextM{"t"}, PT: PtrTextM{"pt"}, If: ValM{4}})
	m("marshal holder ptr", &MarshalHolder{V: ValM{1}, P: PtrM{2}, T: TextM{"t"}, PT: PtrTextM{"pt"}, If: (*PtrM)(nil)})
	m("rawmessage", json.RawMessage(`{"a" : 1}`))
	m("rawmessage nil", json.RawMessage(nil))
	m("rawmessage bad", json.RawMessage(`{`))
	m("rawmessage in struct", struct{ R json.RawMessage }{json.RawMessage(` [ "<" ] `)})
	m("rawmessage ptr in struct", struct{ R *json.RawMessage }{})
	for _, n := range []json.Number{"", "0", "-1.5e+10", "1.", "abc", "01", "1e", "-", "1E5", "0.0"} {
		m("number "+string(n), n)
		m("number tagged "+string(n), struct {
			N json.Number `json:",string"`
		}{n})
	}
	m("number in any", []any{json.Number("12")})
	m("delim", json.Delim('['))

	// Coverage extras.
	m("text invalid utf8", TextM{"\xff\u2028<\x01\"\\"})
	m("text map key utf8", map[TextKey]int{{"\xff", "\u2029"}: 1})
	m("ptr err text", []PtrErrText{{}})
	m("ptr err text value", PtrErrText{})
	m("ptr err json", []PtrErrJSON{{}})
	m("raw separators", RawSepM{})
	m("iface holder nil", IfaceHolder{})
	m("iface holder set", IfaceHolder{M: ValM{1}, T: TextM{"t"}, U: &UJ{}})
	m("ptrm in iface", []any{PtrM{1}, &PtrM{2}, PtrTextM{"v"}, &PtrTextM{"p"}})
	m("map qtext", map[QText]int{"b": 1, "a": 2})
	m("double common", DoubleCommon{X1{Common{1}}, X2{Common{2}}, 3})
	m("visited", V1{Deep3{1}, W{Deep3{2}}})
	for _, n := range []json.Number{"1.5e+10", "1e+", "1.25", "-0.5E-3", "1.5e", "2.", "-0", "1e-", "0e0"} {
		m("number more "+string(n), n)
	}
	func() {
		defer func() { report("marshal panic", "%v", recover()) }()
		_, _ = json.Marshal(PanicM{})
	}()
	me := &json.MarshalerError{Type: reflectTypeOfInt, Err: errBoom}
	report("marshalererror zero source", "%s", errStr(me))
	report("invalidutf8error", "%q", (&json.InvalidUTF8Error{S: "a\xff"}).Error())
	report("unmarshalfielderror", "%q", (&json.UnmarshalFieldError{Key: "k\"", Type: reflectTypeOfInt,
		Field: reflect.StructField{Name: "F"}}).Error())

	// Cycles (Go detects them after 1000 levels).
	c := &CycleP{}
	c.P = c
	m("cycle ptr", c)
	cm := CycleM{}
	cm["x"] = cm
	m("cycle map", cm)
	cs := CycleS{nil}
	cs[0] = cs
	m("cycle slice", cs)
	deep := &Recursive{V: 0}
	cur := deep
	for i := 1; i < 1100; i++ {
		cur.Next = &Recursive{V: i}
		cur = cur.Next
	}
	b, err := json.Marshal(deep)
	report("deep no cycle", "%d %s", len(b), errStr(err))

	// HTML escaping of keys and Encoder options.
	type H struct {
		A string `json:"<a>"`
	}
	m("html key", H{"&"})
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "")
	_ = enc.Encode(H{"<"})
	enc.SetIndent("PFX", "--")
	_ = enc.Encode(map[string]any{"a": []int{1, 2}, "b": map[string]int{}})
	_ = enc.Encode([]any{})
	enc.SetIndent("", "")
	_ = enc.Encode(1.5)
	report("encoder indent", "%q", buf.String())
	buf.Reset()
	err = enc.Encode(make(chan int))
	report("encoder error", "%q %s", buf.String(), errStr(err))
	ew := &errWriter{}
	enc = json.NewEncoder(ew)
	err1 := enc.Encode(1)
	err2 := enc.Encode(2)
	report("encoder write error", "%s %s %d", errStr(err1), errStr(err2), ew.n)

	// HTMLEscape.
	for _, s := range []string{`"<x>&"`, "\"\u2028\u2029\"", `plain`, "\xe2\x80", "\xe2\x80\xa8", `{"a":"<"}`} {
		var hb bytes.Buffer
		hb.WriteString("pre:")
		json.HTMLEscape(&hb, []byte(s))
		report("htmlescape", "%q", hb.String())
	}
}

type errWriter struct{ n int }

func (w *errWriter) Write(p []byte) (int, error) {
	w.n++
	return 0, errBoom
}
