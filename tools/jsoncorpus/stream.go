package main

import (
	"bytes"
	json "encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// oneByteReader returns one byte per Read.
type oneByteReader struct{ r io.Reader }

func (o *oneByteReader) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	return o.r.Read(p[:1])
}

// eofReader returns its last data together with io.EOF.
type eofReader struct {
	data []byte
	step int
}

func (e *eofReader) Read(p []byte) (int, error) {
	n := e.step
	if n > len(e.data) {
		n = len(e.data)
	}
	if n > len(p) {
		n = len(p)
	}
	copy(p, e.data[:n])
	e.data = e.data[n:]
	if len(e.data) == 0 {
		return n, io.EOF
	}
	return n, nil
}

// failReader returns its data, then a non-EOF error.
type failReader struct{ data []byte }

func (f *failReader) Read(p []byte) (int, error) {
	if len(f.data) == 0 {
		return 0, errors.New("read failed")
	}
	n := copy(p, f.data)
	f.data = f.data[n:]
	return n, nil
}

func newReader(kind int, s string) io.Reader {
	switch kind {
	case 1:
		return &oneByteReader{strings.NewReader(s)}
	case 2:
		return &eofReader{[]byte(s), 3}
	case 3:
		return &failReader{[]byte(s)}
	}
	return strings.NewReader(s)
}

var readerNames = []string{"whole", "onebyte", "eof3", "fail"}

// runStream performs script on a Decoder over input. Ops: T Token, D Decode
// into any, S Decode into Inner, M More, B Buffered, O InputOffset; '*'
// repeats the previous op until it fails (at most 200 times).
func runStream(name, input, script string, kind int, opts string) {
	dec := json.NewDecoder(newReader(kind, input))
	if strings.Contains(opts, "n") {
		dec.UseNumber()
	}
	if strings.Contains(opts, "u") {
		dec.DisallowUnknownFields()
	}
	prefix := "stream " + name + " [" + readerNames[kind] + opts + "] "
	var last byte
	for i := 0; i < len(script); i++ {
		op := script[i]
		reps := 1
		if op == '*' {
			op = last
			reps = 200
		}
		last = op
		for r := 0; r < reps; r++ {
			failed := false
			switch op {
			case 'T':
				tok, err := dec.Token()
				shown := fmt.Sprint(tok)
				if str, ok := tok.(string); ok {
					shown = strconv.Quote(str)
				}
				report(prefix+"Token", "%T %s %s off=%d", tok, shown, errStr(err), dec.InputOffset())
				failed = err != nil
			case 'D':
				var v any
				err := dec.Decode(&v)
				report(prefix+"Decode", "%s %s off=%d", errStr(err), show(&v), dec.InputOffset())
				failed = err != nil
			case 'S':
				var v Inner
				err := dec.Decode(&v)
				report(prefix+"DecodeInner", "%s %s off=%d", errStr(err), show(&v), dec.InputOffset())
				failed = err != nil
			case 'M':
				more := dec.More()
				report(prefix+"More", "%v off=%d", more, dec.InputOffset())
				failed = !more
			case 'B':
				b, _ := io.ReadAll(dec.Buffered())
				report(prefix+"Buffered", "%q", b)
			case 'O':
				report(prefix+"InputOffset", "%d", dec.InputOffset())
			}
			if failed {
				break
			}
		}
	}
}

var streamInputs = []string{
	``, ` `, `1`, `1 2 3`, `123`, `"a" "b"`, `true false null`, `{"x":1}{"x":2}`, `{"x":1} {"x":"bad"} {"x":3}`,
	`[1,2,3]`, `[1, [2, {"a": [3]}], 4]`, `{"a":1,"b":[true,null],"c":{"d":"e"}}`, `[1,2,3] [4]`, `{"x":1`, `[1,2`,
	`[1,x]`, `[1 2]`, `{"a" 1}`, `{"a":1 "b":2}`, `{"a":1,}`, `[1,]`, `{1:2}`, `]`, `}`, `:`, `,`, `[}`, `{]`,
	`{"a":1]`, `  [  ]  `, `{}`, `[{}, [], ""]`, `1.5e3 -0 12345678901234567890`, `"x`, `nul`, `tru`, `-`,
	`{"x":1,"y":2,"z":3}`, `{"y":"in","q":1}`, `[{"x":1},{"x":"s"},{"x":3}]`, "\n\t{\"x\" : 5 }\n\n[1]\n",
	`{"a":[1,2,{"b":null}],"c":"d"}` + "\n" + `{"a":[]}`, `"\ud83d\ude00" "\u00e9"`, `1e400 2`, `[1e400]`,
	`{"x":1}x`, `{"x":1} x`, `[] []`, `{"a":{"b":{"c":{}}}}`, `[[[[1]]]]`, "[1,\n2,\n3]", `{"x":9,"X":8}`,
	`{"a"`, `{"a" `, `{"a" 1`, `[1`, `[1 `, `{"a":1`, `{"a":1 `, `["x"`, `{"x"}`,
	`{"x":1}{"x":2}{"x":3}{"x":4}{"x":5}{"x":6}{"x":7}{"x":8}{"x":9}{"x":10}`,
}

var streamScripts = []string{"T*", "D*", "S*", "TM*", "TTD*", "TDTD*", "M*", "TTTTD*", "DBO", "TTBDB", "TSTSTST", "TMTMTMTMTMTM", "TTTDDDDD", "TTTTTTTTTTTTTTTT"}

func streamCases() {
	for _, in := range streamInputs {
		for _, sc := range streamScripts {
			for kind := range readerNames {
				runStream(in, in, sc, kind, "")
			}
		}
		runStream(in, in, "D*", 0, "n")
		runStream(in, in, "T*", 0, "n")
		runStream(in, in, "S*", 0, "u")
		runStream(in, in, "S*", 1, "nu")
	}
	// A long stream crossing many buffer refills.
	var sb strings.Builder
	for i := 0; i < 300; i++ {
		sb.WriteString(`{"x":`)
		sb.WriteString(strings.Repeat("1", i%20+1))
		sb.WriteString(`,"y":"`)
		sb.WriteString(strings.Repeat("é", i%37))
		sb.WriteString("\"}\n")
	}
	long := sb.String()
	runStream("long", long, "S*", 0, "")
	runStream("long", long, "S*", 1, "")
	runStream("long", long, "T*", 2, "n")
	runStream("long bad", long+`{"x":}`, "S*", 0, "")
	runStream("long bad tokens", "["+strings.Repeat(`1,`, 700)+`x]`, "T*", 0, "")
	runStream("long bad tokens 1b", "["+strings.Repeat(`"ab",`, 300)+`]`, "T*", 1, "")

	// Encoder/Decoder round trip through a pipe-like buffer.
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for i := 0; i < 5; i++ {
		_ = enc.Encode(Inner{i, strings.Repeat("<", i)})
	}
	dec := json.NewDecoder(&buf)
	for dec.More() {
		var in Inner
		err := dec.Decode(&in)
		report("roundtrip", "%s %v off=%d", errStr(err), in, dec.InputOffset())
	}
	var tail any
	report("roundtrip eof", "%s", errStr(dec.Decode(&tail)))
	report("roundtrip eof again", "%s", errStr(dec.Decode(&tail)))

	// Decode after an error stays failed.
	dec = json.NewDecoder(strings.NewReader(`[1,x] 2`))
	var v any
	e1 := dec.Decode(&v)
	e2 := dec.Decode(&v)
	report("sticky error", "%s %s", errStr(e1), errStr(e2))
	// Decode into invalid target still consumes the value.
	dec = json.NewDecoder(strings.NewReader(`1 2`))
	e1 = dec.Decode(nil)
	e2 = dec.Decode(&v)
	report("decode nil target", "%s %s %v", errStr(e1), errStr(e2), v)
}
