package main

import (
	json "encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Plain types with every kind.

type Kinds struct {
	B    bool
	I    int
	I8   int8
	I16  int16
	I32  int32
	I64  int64
	U    uint
	U8   uint8
	U16  uint16
	U32  uint32
	U64  uint64
	UP   uintptr
	F32  float32
	F64  float64
	S    string
	Bs   []byte
	Sl   []int
	Ar   [3]int
	M    map[string]int
	P    *int
	If   any
	St   Inner
	PSt  *Inner
	Strs []string
}

type Inner struct {
	X int    `json:"x"`
	Y string `json:"y,omitempty"`
}

type OmitAll struct {
	B     bool            `json:",omitempty"`
	I     int             `json:",omitempty"`
	I8    int8            `json:",omitempty"`
	U     uint            `json:",omitempty"`
	UP    uintptr         `json:",omitempty"`
	F32   float32         `json:",omitempty"`
	F64   float64         `json:",omitempty"`
	S     string          `json:",omitempty"`
	Bs    []byte          `json:",omitempty"`
	Sl    []int           `json:",omitempty"`
	Ar0   [0]int          `json:",omitempty"`
	Ar    [2]int          `json:",omitempty"`
	M     map[string]int  `json:",omitempty"`
	P     *int            `json:",omitempty"`
	If    any             `json:",omitempty"`
	St    Inner           `json:",omitempty"`
	PSt   *Inner          `json:",omitempty"`
	Mi    map[int]string  `json:"mi,omitempty"`
	Iface fmt.Stringer    `json:",omitempty"`
	N     json.Number     `json:",omitempty"`
	R     json.RawMessage `json:",omitempty"`
}

type Tags struct {
	Renamed   int     `json:"renamed"`
	Dash      int     `json:"-"`
	DashComma int     `json:"-,"`
	Empty     int     `json:""`
	OnlyOpt   int     `json:",omitempty"`
	Weird     int     `json:"a-b.c:d"`
	Unicode   int     `json:"ü名"`
	HTML      int     `json:"<&>"`
	Invalid   int     `json:"a\"b"`
	BadComma  int     `json:"x y"`
	Quoted    int     `json:",string"`
	QStr      string  `json:",string"`
	QBool     bool    `json:",string"`
	QFloat    float64 `json:",string"`
	QUint     uint8   `json:",string"`
	QPtr      *int    `json:",string"`
	QSlice    []int   `json:",string"`
	unexp     int
	Other     string `xml:"other" json:"other,omitempty,string"`
	Space     int    `json:" sp "`
	Percent   int    `json:"100%"`
}

// Embedding.

type Base struct {
	ID   int
	Name string `json:"name"`
}

type Base2 struct {
	ID   int
	Kind string
}

type withUnexp struct {
	Exported int
	hidden   int
}

type MyInt int
type myInt int

type Embed1 struct {
	Base
	Extra int
}

type EmbedConflict struct {
	Base
	Base2
}

type EmbedShadow struct {
	Base
	ID string
}

type EmbedPtr struct {
	*Base
	Z int
}

type EmbedUnexp struct {
	withUnexp
	MyInt
	myInt
	Top int
}

type EmbedTagged struct {
	Base `json:"base"`
	B2   Base2
}

type Deep1 struct{ Deep2 }
type Deep2 struct{ Deep3 }
type Deep3 struct{ Leaf int }

type DeepConflict struct {
	Deep1
	Leaf string
}

type TagWins struct {
	A1
	A2
}
type A1 struct {
	Name string `json:"Name"`
}
type A2 struct {
	Name string
}

type BothTagged struct {
	B1
	B2
}
type B1 struct {
	X int `json:"x"`
}
type B2 struct {
	X int `json:"x"`
}

type EmbedPtrUnexp struct {
	*withUnexp
	V int
}

type Twice struct {
	Deep3
	P struct{ Deep3 }
	Q *Deep3
}

type IfaceEmbed struct {
	fmt.Stringer
	N int
}

type Recursive struct {
	V    int
	Next *Recursive  `json:",omitempty"`
	Kids []Recursive `json:",omitempty"`
}

type CycleP struct {
	P *CycleP
}

type CycleM map[string]any
type CycleS []any

// Marshalers.

type ValM struct{ N int }

func (v ValM) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(` { "n" : %d , "h" : "<&>\u2028" } `, v.N)), nil
}

type PtrM struct{ N int }

func (p *PtrM) MarshalJSON() ([]byte, error) {
	if p == nil {
		return []byte(`"nil ptrm"`), nil
	}
	return []byte(`"ptr` + strconv.Itoa(p.N) + `"`), nil
}

type ErrM struct{}

func (ErrM) MarshalJSON() ([]byte, error) { return nil, errors.New("boom") }

type BadM struct{ S string }

func (b BadM) MarshalJSON() ([]byte, error) { return []byte(b.S), nil }

type TextM struct{ S string }

func (t TextM) MarshalText() ([]byte, error) { return []byte("text:" + t.S), nil }

type PtrTextM struct{ S string }

func (t *PtrTextM) MarshalText() ([]byte, error) { return []byte("ptext:" + t.S), nil }

type ErrTextM int

func (ErrTextM) MarshalText() ([]byte, error) { return nil, errors.New("text boom") }

type BothM struct{}

func (BothM) MarshalJSON() ([]byte, error) { return []byte(`"json"`), nil }
func (BothM) MarshalText() ([]byte, error) { return []byte("text"), nil }

type MarshalHolder struct {
	V   ValM
	P   PtrM
	PP  *PtrM
	T   TextM
	PT  PtrTextM
	PPT *PtrTextM
	If  json.Marshaler
	NV  *ValM
}

// Map keys.

type TextKey struct{ A, B string }

func (k TextKey) MarshalText() ([]byte, error) { return []byte(k.A + "|" + k.B), nil }
func (k *TextKey) UnmarshalText(b []byte) error {
	s := string(b)
	i := strings.IndexByte(s, '|')
	if i < 0 {
		return errors.New("no bar in " + strconv.Quote(s))
	}
	k.A, k.B = s[:i], s[i+1:]
	return nil
}

type StrKey string

func (k StrKey) MarshalText() ([]byte, error) { return []byte("never"), nil }

type IntKey int16
type UintKey uint8

type ErrKey int

func (k ErrKey) MarshalText() ([]byte, error) {
	if k < 0 {
		return nil, errors.New("negative key")
	}
	return []byte("k" + strconv.Itoa(int(k))), nil
}

type PtrKey struct{ N int }

func (k *PtrKey) MarshalText() ([]byte, error) { return []byte("pk" + strconv.Itoa(k.N)), nil }

// Unmarshalers.

type UJ struct{ Raw string }

func (u *UJ) UnmarshalJSON(b []byte) error {
	u.Raw = "got:" + string(b)
	return nil
}

type UT struct{ Text string }

func (u *UT) UnmarshalText(b []byte) error {
	if string(b) == "bad" {
		return errors.New("bad text")
	}
	u.Text = "text:" + string(b)
	return nil
}

type UErr struct{}

func (*UErr) UnmarshalJSON([]byte) error { return errors.New("uerr") }

type UTypeErr struct{}

func (*UTypeErr) UnmarshalJSON(b []byte) error {
	return &json.UnmarshalTypeError{Value: "custom", Type: reflectTypeOfInt, Offset: 99}
}

type UVal int

// UnmarshalJSON on a value receiver: never settable, but still an Unmarshaler.
func (UVal) UnmarshalJSON(b []byte) error { return nil }

type UHolder struct {
	J   UJ
	PJ  *UJ
	T   UT
	PT  *UT
	E   *UErr `json:",omitempty"`
	TE  *UTypeErr
	Raw json.RawMessage
	N   json.Number
	TK  map[TextKey]int
	Arr []UT
}

type NumHolder struct {
	N  json.Number
	NS json.Number `json:",string"`
	I  any
}

type Nested struct {
	A struct {
		B struct {
			C int
			D []struct{ E int8 }
		}
	}
	M map[string]struct{ F uint8 }
}

type PtrChain struct {
	PP  **int
	PPS **string
	PI  *any
}

type Unsupported struct {
	C chan int
}

type UnsupportedFn struct {
	F func()
}

type Strs struct {
	S1 string
	S2 string `json:"s2"`
}

// More coverage types.

type QText string

func (q *QText) UnmarshalText(b []byte) error {
	*q = QText("qt:" + string(b))
	return nil
}

type QTextHolder struct {
	Q QText `json:",string"`
}

type PtrErrText struct{}

func (*PtrErrText) MarshalText() ([]byte, error) { return nil, errors.New("ptr text boom") }

type PtrErrJSON struct{}

func (*PtrErrJSON) MarshalJSON() ([]byte, error) { return nil, errors.New("ptr json boom") }

type PanicM struct{}

func (PanicM) MarshalJSON() ([]byte, error) { panic("custom panic") }

type RawSepM struct{}

func (RawSepM) MarshalJSON() ([]byte, error) { return []byte("\"a\u2028b\u2029c<\""), nil }

type IfaceHolder struct {
	M json.Marshaler
	T interface{ MarshalText() ([]byte, error) }
	U json.Unmarshaler
}

type Common struct{ C int }
type X1 struct{ Common }
type X2 struct{ Common }
type DoubleCommon struct {
	X1
	X2
	D int
}

type W struct{ Deep3 }
type V1 struct {
	Deep3
	W
}

type QStringer string

func (q QStringer) String() string { return string(q) }
