// fmt.Formatter, fmt.State (width, precision, flags; what Go's pooled printers leave in them), GoStringer and catchPanic for Format.
package main

import (
	"fmt"
	"io"
	"strings"
)

type Point struct{ X, Y int }

func (p Point) Format(f fmt.State, verb rune) {
	w, wok := f.Width()
	pr, pok := f.Precision()
	flags := ""
	for _, c := range "-+# 0" {
		if f.Flag(int(c)) {
			flags += string(c)
		}
	}
	fmt.Fprintf(f, "P<%c w=%d,%v p=%d,%v f=%q>(%d,%d)", verb, w, wok, pr, pok, flags, p.X, p.Y)
}

type Hex []byte

func (h Hex) Format(s fmt.State, verb rune) {
	switch verb {
	case 'x', 'v':
		for i, b := range h {
			if i > 0 && s.Flag(' ') {
				io.WriteString(s, " ")
			}
			fmt.Fprintf(s, "%02x", b)
		}
	default:
		fmt.Fprintf(s, "%%!%c(Hex)", verb)
	}
}

type Bad struct{}

func (Bad) Format(s fmt.State, verb rune) { panic("boom") }

type Both int

func (b Both) String() string                  { return "string" }
func (b Both) GoString() string                { return "gostring" }
func (b Both) Format(s fmt.State, verb rune)   { s.Write([]byte("format:" + string(verb))) }

type PtrF struct{ n int }

func (p *PtrF) Format(s fmt.State, verb rune) { fmt.Fprintf(s, "ptr%d", p.n) }

type G struct{ a int }

func (g G) GoString() string { return "G{custom}" }

func main() {
	p := Point{1, 2}
	fmt.Printf("%v|%+v|%#v|%-8.3d|%x\n", p, p, p, p, p)
	fmt.Printf("%10s|%05q\n", p, p)
	fmt.Println(p, []Point{{3, 4}})
	fmt.Print(p, "\n")
	s := fmt.Sprintf("% x|%x|%d|%v", Hex{1, 2, 255}, Hex{10}, Hex{1}, struct{ H Hex }{Hex{7}})
	fmt.Println(s)
	fmt.Printf("%v %d\n", Bad{}, Bad{})
	fmt.Printf("%v %s %#v %d %T\n", Both(1), Both(1), Both(1), Both(1), Both(1))
	fmt.Printf("%v %v\n", &PtrF{5}, PtrF{6})
	fmt.Printf("%#v %v %#v\n", G{1}, G{2}, []G{{3}})
	var f fmt.Formatter = p
	var st fmt.Stringer = Both(2)
	var gs fmt.GoStringer = G{}
	fmt.Println(f != nil, st.String(), gs.GoString())
	var sb strings.Builder
	fmt.Fprintf(&sb, "[%6.2v]", p)
	fmt.Println(sb.String())
	err := fmt.Errorf("wrapped %v: %w", p, io.EOF)
	fmt.Println(err)
	var np *PtrF
	fmt.Printf("%v|%d|%s\n", np, []*PtrF{{1}, nil}, map[string]Point{"k": {9, 9}})
	fmt.Printf("%*d|%-*d|%.*f\n", 4, Point{}, 3, Point{}, 2, Point{})
	fmt.Println(fmt.Sprint(Hex{0xde, 0xad}), fmt.Sprintf("%08.3f|%+.2e", Point{}, Point{}))
}
