// encoding/json: Marshal and MarshalIndent of every kind (tags with omitempty, "-", string
// option, embedded structs, maps with sorted and TextMarshaler keys, []byte as base64,
// pointers, interfaces, Marshaler), Unmarshal into structs, maps, slices and interface{},
// Number, RawMessage, Decoder streams with Token and More, Encoder, Valid, Compact, Indent,
// HTMLEscape, and Go's error values.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"
)

type Color int

func (c Color) MarshalText() ([]byte, error) {
	return []byte([]string{"red", "green", "blue"}[c]), nil
}

func (c *Color) UnmarshalText(b []byte) error {
	switch string(b) {
	case "red":
		*c = 0
	case "green":
		*c = 1
	case "blue":
		*c = 2
	default:
		return errors.New("bad color " + string(b))
	}
	return nil
}

type Temp float64

func (t Temp) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`{"celsius":%.1f}`, float64(t))), nil
}

type Base struct {
	ID      int    `json:"id"`
	Created string `json:"created,omitempty"`
}

type Item struct {
	Base
	Name     string            `json:"name"`
	Price    float64           `json:"price"`
	Count    int64             `json:"count,string"`
	Tags     []string          `json:"tags,omitempty"`
	Attrs    map[string]string `json:"attrs,omitempty"`
	Colors   map[Color]int     `json:"colors,omitempty"`
	Raw      json.RawMessage   `json:"raw,omitempty"`
	Data     []byte            `json:"data,omitempty"`
	Next     *Item             `json:"next,omitempty"`
	Any      interface{}       `json:"any"`
	Temp     Temp              `json:"temp"`
	Secret   string            `json:"-"`
	Dash     string            `json:"-,"`
	internal int
}

func show(label string, v interface{}, err error) {
	if err != nil {
		fmt.Printf("%s: error %T: %v\n", label, err, err)
		return
	}
	fmt.Printf("%s: %s\n", label, v)
}

func main() {
	it := Item{
		Base:   Base{ID: 7},
		Name:   "widget <&> \"q\" é",
		Price:  12.5,
		Count:  3,
		Tags:   []string{"a", "b"},
		Attrs:  map[string]string{"z": "last", "a": "first"},
		Colors: map[Color]int{2: 1, 0: 5},
		Raw:    json.RawMessage(`{"pre":[1,2]}`),
		Data:   []byte("hi\x00"),
		Next:   &Item{Name: "child", Any: nil},
		Any:    []interface{}{1, "two", 3.5, true, nil},
		Temp:   21.44,
		Secret: "hidden",
		Dash:   "dash",
	}
	b, err := json.Marshal(it)
	show("marshal", b, err)
	b, err = json.MarshalIndent(map[string]interface{}{"b": []int{1, 2}, "a": map[string]bool{"x": true}, "c": nil}, "", "  ")
	show("indent", b, err)
	for _, v := range []interface{}{1e21, 1e20, 0.000001, 1e-7, float32(3.14), -0.0, uint8(255), "\u2028", []int(nil), map[string]int(nil), [2]bool{true}, struct{}{}} {
		b, err := json.Marshal(v)
		show(fmt.Sprintf("%T", v), b, err)
	}

	var back Item
	err = json.Unmarshal([]byte(`{"id":9,"name":"n","price":1.5,"count":"42","tags":["x"],"colors":{"green":2},"data":"aGk=","next":{"name":"c2"},"any":{"k":[1,"s",false]},"temp":3,"extra":1,"-":"d"}`), &back)
	fmt.Printf("unmarshal: %v %+v %v %s %v %q\n", err, back.Base, back.Count, back.Data, back.Colors, back.Dash)
	fmt.Printf("  next=%s any=%v %T\n", back.Next.Name, back.Any, back.Any.(map[string]interface{})["k"])
	var anyv interface{}
	err = json.Unmarshal([]byte(` [1, 2.5e3, "x", {"a": null}, true] `), &anyv)
	fmt.Println("any:", anyv, err)

	d := json.NewDecoder(strings.NewReader(`{"a": [1, "x", {"b": null}], "c": 1.50} {"second": true}`))
	d.UseNumber()
	for {
		tok, err := d.Token()
		if err != nil {
			fmt.Println("token end:", err)
			break
		}
		fmt.Printf("%T %v more=%v\n", tok, tok, d.More())
	}
	var n json.Number
	fmt.Println(json.Unmarshal([]byte(`12345678901234567890`), &n), n, n.String())
	_, nerr := n.Int64()
	fmt.Println(nerr)

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent(">", "\t")
	enc.Encode(map[string]int{"one": 1})
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "")
	enc.Encode("<b>")

	fmt.Println(json.Valid([]byte(`{"a":1}`)), json.Valid([]byte(`{"a":}`)))
	var buf bytes.Buffer
	fmt.Println(json.Compact(&buf, []byte("{ \"a\" : [ 1 , 2 ] }")), buf.String())
	buf.Reset()
	fmt.Println(json.Indent(&buf, []byte(`[1,{"a":2}]`), "#", " "), buf.String())
	buf.Reset()
	json.HTMLEscape(&buf, []byte(`"<a>&"`))
	fmt.Println(buf.String())

	var dst struct {
		A int
		B []string
	}
	for _, in := range []string{`{"A":"x"}`, `{"A":1e100}`, `{"A":1,`, `[1,2]`, `{"B":[1]}`, `nul`, ``, `{"A":1}x`} {
		err := json.Unmarshal([]byte(in), &dst)
		fmt.Printf("%q: %T %v\n", in, err, err)
		var se *json.SyntaxError
		if errors.As(err, &se) {
			fmt.Println("  offset", se.Offset)
		}
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			fmt.Println("  type error", te.Value, te.Type, te.Offset, te.Field)
		}
	}
	fmt.Println(json.Unmarshal([]byte(`1`), dst))
	fmt.Println(json.Unmarshal([]byte(`1`), nil))
	_, err = json.Marshal(make(chan int))
	fmt.Println(err)
	_, err = json.Marshal(map[bool]int{true: 1})
	fmt.Println(err)
	dec := json.NewDecoder(strings.NewReader(`{"A":1,"Z":2}`))
	dec.DisallowUnknownFields()
	fmt.Println(dec.Decode(&dst))
	t := time.Duration(1500) * time.Millisecond
	b, _ = json.Marshal(t)
	fmt.Println(string(b))
}
