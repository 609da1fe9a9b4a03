package main

import (
	"bytes"
	json "encoding/json"
	"math"
	"os"
	"strconv"
	"strings"
)

// rng is a deterministic xorshift generator, so both builds see the same cases.
type rng struct{ s uint64 }

func (r *rng) next() uint64 {
	r.s ^= r.s << 13
	r.s ^= r.s >> 7
	r.s ^= r.s << 17
	return r.s
}

func (r *rng) intn(n int) int { return int(r.next() % uint64(n)) }

func (r *rng) pick(s string) byte { return s[r.intn(len(s))] }

var stringPieces = []string{"a", "Z", "é", "名", "😀", `\n`, `\"`, `\\`, `\/`, `\u0041`, `\u00e9`, `\ud83d\ude00`,
	`\ud800`, `\udc00`, `\ud800\u0041`, "<", ">", "&", "\u2028", " ", "\xff", "\xc3", "\xed\xa0\x80", `\t`, `\b`, `\f`,
	`\r`, "x", "K", "k", "ſ", "\u212a", "s", "S", "y", "Y"}

func (r *rng) jsonString() string {
	var b strings.Builder
	b.WriteByte('"')
	n := r.intn(6)
	for i := 0; i < n; i++ {
		b.WriteString(stringPieces[r.intn(len(stringPieces))])
	}
	b.WriteByte('"')
	return b.String()
}

func (r *rng) jsonNumber() string {
	var b strings.Builder
	if r.intn(3) == 0 {
		b.WriteByte('-')
	}
	if r.intn(4) == 0 {
		b.WriteByte('0')
	} else {
		b.WriteByte(r.pick("123456789"))
		for n := r.intn(22); n > 0; n-- {
			b.WriteByte(r.pick("0123456789"))
		}
	}
	if r.intn(3) == 0 {
		b.WriteByte('.')
		for n := r.intn(5) + 1; n > 0; n-- {
			b.WriteByte(r.pick("0123456789"))
		}
	}
	if r.intn(4) == 0 {
		b.WriteByte(r.pick("eE"))
		if r.intn(2) == 0 {
			b.WriteByte(r.pick("+-"))
		}
		for n := r.intn(3) + 1; n > 0; n-- {
			b.WriteByte(r.pick("0123456789"))
		}
	}
	return b.String()
}

func (r *rng) ws() string {
	if r.intn(3) != 0 {
		return ""
	}
	return string([]byte{r.pick(" \t\n\r")})
}

var fuzzKeys = []string{`"x"`, `"X"`, `"y"`, `"Y"`, `"a"`, `"b"`, `"B"`, `"A"`, `"n"`, `"m"`, `"s"`, `"k"`, `"K"`, `"\u0078"`, `"Kelvin"`, `"\u212aelvin"`, `"sS"`, `"ſs"`, `"1"`, `"-5"`, `"300"`}

func (r *rng) jsonValue(depth int) string {
	k := r.intn(10)
	if depth > 4 {
		k = r.intn(6)
	}
	switch k {
	case 0:
		return "null"
	case 1:
		return []string{"true", "false"}[r.intn(2)]
	case 2, 3:
		return r.jsonNumber()
	case 4, 5:
		return r.jsonString()
	case 6, 7:
		var b strings.Builder
		b.WriteByte('[')
		n := r.intn(4)
		for i := 0; i < n; i++ {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(r.ws() + r.jsonValue(depth+1) + r.ws())
		}
		b.WriteByte(']')
		return b.String()
	default:
		var b strings.Builder
		b.WriteByte('{')
		n := r.intn(4)
		for i := 0; i < n; i++ {
			if i > 0 {
				b.WriteByte(',')
			}
			key := fuzzKeys[r.intn(len(fuzzKeys))]
			if r.intn(4) == 0 {
				key = r.jsonString()
			}
			b.WriteString(r.ws() + key + r.ws() + ":" + r.ws() + r.jsonValue(depth+1) + r.ws())
		}
		b.WriteByte('}')
		return b.String()
	}
}

// mutate damages a document a little.
func (r *rng) mutate(s []byte) []byte {
	if len(s) == 0 {
		return []byte{r.pick("{}[]\":,0-")}
	}
	i := r.intn(len(s))
	switch r.intn(5) {
	case 0:
		return append(s[:i:i], s[i+1:]...)
	case 1:
		c := r.pick("{}[]\":,0123-+.eEtfnul\\ \x00\xff")
		return append(append(s[:i:i], c), s[i:]...)
	case 2:
		out := append([]byte(nil), s...)
		out[i] = r.pick("{}[]\":,1x \\u")
		return out
	case 3:
		return s[:i]
	default:
		return append(append([]byte(nil), s...), s[i:]...)
	}
}

type FuzzT struct {
	X  int
	Y  string `json:"y"`
	A  []float64
	B  *bool
	M  map[string]int8
	N  json.Number
	S  uint16 `json:"s,string"`
	K  any    `json:"Kelvin"`
	SS string `json:"sS"`
	In *Inner `json:"a"`
}

func fuzzDoc(name string, doc []byte) {
	report("fuzz valid "+name, "%q %v", doc, json.Valid(doc))
	var b bytes.Buffer
	err := json.Compact(&b, doc)
	report("fuzz compact "+name, "%q %s", b.String(), errStr(err))
	b.Reset()
	err = json.Indent(&b, doc, "", " ")
	report("fuzz indent "+name, "%q %s", b.String(), errStr(err))
	var v any
	err = json.Unmarshal(doc, &v)
	report("fuzz any "+name, "%s %s", errStr(err), show(&v))
	var f FuzzT
	err = json.Unmarshal(doc, &f)
	report("fuzz struct "+name, "%s %s", errStr(err), show(&f))
	var fs []FuzzT
	err = json.Unmarshal(doc, &fs)
	report("fuzz structs "+name, "%s %s", errStr(err), show(&fs))
	var mm map[int]any
	err = json.Unmarshal(doc, &mm)
	report("fuzz intmap "+name, "%s %s", errStr(err), show(&mm))
	if v != nil {
		out, err := json.Marshal(v)
		report("fuzz remarshal "+name, "%q %s", out, errStr(err))
	}
}

// randomValue builds a random Go value for Marshal.
func (r *rng) randomValue(depth int) any {
	k := r.intn(12)
	if depth > 3 {
		k = r.intn(7)
	}
	switch k {
	case 0:
		return nil
	case 1:
		return r.intn(2) == 0
	case 2:
		return int64(r.next())
	case 3:
		return math.Float64frombits(r.next())
	case 4:
		// A float of a random decimal magnitude.
		mant := float64(r.intn(1000000)) / float64(1+r.intn(1000))
		return mant * math.Pow(10, float64(r.intn(60)-30))
	case 5:
		return float32(float64(r.intn(1000000)) * math.Pow(10, float64(r.intn(80)-45)))
	case 6:
		b := make([]byte, r.intn(8))
		for i := range b {
			b[i] = byte(r.next())
		}
		if r.intn(2) == 0 {
			return b
		}
		return string(b)
	case 7, 8:
		n := r.intn(4)
		s := make([]any, n)
		for i := range s {
			s[i] = r.randomValue(depth + 1)
		}
		return s
	case 9:
		mv := map[string]any{}
		for n := r.intn(4); n > 0; n-- {
			mv[string([]byte{byte(r.next()), 'k'})] = r.randomValue(depth + 1)
		}
		return mv
	case 10:
		return Kinds{I: int(int32(r.next())), F32: float32(r.intn(1000)) / 7, S: strconv.Itoa(r.intn(100)) + "<>",
			U8: uint8(r.next()), M: map[string]int{"r": r.intn(9)}, Bs: []byte{byte(r.next())}}
	default:
		return OmitAll{I: r.intn(2), S: []string{"", "x"}[r.intn(2)], F64: float64(r.intn(3)) / 3, P: []*int{nil, intp(0)}[r.intn(2)]}
	}
}

// fuzzCases runs random documents and values. JSONDEV_FUZZ_N and
// JSONDEV_FUZZ_SEED override the count and seed for longer manual runs.
func fuzzCases() {
	n, seed := 2500, uint64(0x9E3779B97F4A7C15)
	if v, err := strconv.Atoi(os.Getenv("JSONDEV_FUZZ_N")); err == nil {
		n = v
	}
	if v, err := strconv.ParseUint(os.Getenv("JSONDEV_FUZZ_SEED"), 10, 64); err == nil && v != 0 {
		seed = v
	}
	r := &rng{seed}
	for i := 0; i < n; i++ {
		doc := []byte(r.ws() + r.jsonValue(0) + r.ws())
		if i%3 != 0 {
			for n := r.intn(3) + 1; n > 0; n-- {
				doc = r.mutate(doc)
			}
		}
		name := strconv.Itoa(i)
		fuzzDoc(name, doc)
		if i%5 == 0 {
			runStream("fuzz "+name, string(doc)+" "+string(doc), "T*", i%4, "n")
			runStream("fuzz "+name, string(doc)+string(doc), "D*", i%3, "")
		}
	}
	for i := 0; i < n*3/5; i++ {
		v := r.randomValue(0)
		name := strconv.Itoa(i)
		b, err := json.Marshal(v)
		report("fuzz marshal "+name, "%q %s", b, errStr(err))
		if err == nil {
			var back any
			err = json.Unmarshal(b, &back)
			report("fuzz marshal back "+name, "%s %s", errStr(err), show(&back))
		}
	}
}
