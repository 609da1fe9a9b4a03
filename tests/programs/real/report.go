// report: an inventory report exercising fmt verbs, flags, Stringer, Formatter, GoStringer and tabwriter.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
)

type Category int

const (
	Hardware Category = iota + 1
	Software
	Service
)

func (c Category) String() string {
	switch c {
	case Hardware:
		return "hardware"
	case Software:
		return "software"
	case Service:
		return "service"
	}
	return fmt.Sprintf("Category(%d)", int(c))
}

// Money is an amount in cents; it implements fmt.Formatter.
type Money int64

func (m Money) Format(f fmt.State, verb rune) {
	cents := int64(m)
	neg := cents < 0
	if neg {
		cents = -cents
	}
	s := fmt.Sprintf("%d.%02d", cents/100, cents%100)
	switch verb {
	case 'v', 's':
		if f.Flag('+') {
			s = "EUR " + s
		}
	case 'd':
		s = strconv.FormatInt(cents, 10)
	default:
		fmt.Fprintf(f, "%%!%c(Money=%d)", verb, int64(m))
		return
	}
	if neg {
		s = "-" + s
	}
	if w, ok := f.Width(); ok && len(s) < w {
		pad := strings.Repeat(" ", w-len(s))
		if f.Flag('-') {
			s += pad
		} else {
			s = pad + s
		}
	}
	fmt.Fprint(f, s)
}

type Item struct {
	SKU      string
	Name     string
	Cat      Category
	Qty      int
	Price    Money
	Weight   float64
	Tags     []string
	Discount *float64
}

type Point struct{ X, Y int }

func (p Point) GoString() string { return fmt.Sprintf("Pt(%d,%d)", p.X, p.Y) }

func main() {
	ten := 0.10
	items := []Item{
		{"HW-001", "Keyboard", Hardware, 12, 4999, 0.85, []string{"usb", "ansi"}, nil},
		{"HW-017", "Monitor 27\"", Hardware, 3, 32900, 6.2, []string{"4k"}, &ten},
		{"SW-100", "Editor license", Software, 40, 1250, 0, nil, nil},
		{"SV-007", "Support (1 yr)", Service, 1, 120000, 0, []string{"gold", "24/7"}, &ten},
		{"XX-999", "Mystery", Category(9), 0, -350, 0.001, []string{}, nil},
	}

	fmt.Printf("%v\n", items[0].Cat)
	fmt.Printf("%+v\n", items[2])
	fmt.Printf("%#v\n", items[2].Tags)
	fmt.Printf("%#v\n", Point{3, -4})
	fmt.Printf("%v %+v\n", Point{1, 2}, Point{1, 2})
	fmt.Printf("%T %T %T\n", items[0], items[0].Price, items[0].Cat)
	fmt.Printf("price: [%v] [%+v] [%12v] [%-12v] [%d] [%x]\n",
		items[1].Price, items[1].Price, items[1].Price, items[1].Price, items[1].Price, items[1].Price)
	fmt.Printf("quoted: %q %+q %x % X\n", items[1].Name, "naïve", "Go", "Go!")
	fmt.Printf("runes: %c %U %q\n", 'λ', 'λ', 'λ')
	fmt.Printf("ints: [%5d] [%-5d] [%05d] [%+d] [%x] [%X] [%#x] [%o] [%#o] [%08b]\n",
		42, 42, 42, 42, 255, 255, 255, 8, 8, 5)
	fmt.Printf("floats: [%f] [%.2f] [%8.3f] [%-8.1f] [%e] [%g] [%G]\n",
		3.14159, 3.14159, 3.14159, 3.14159, 123456.789, 0.000012, 1e21)
	fmt.Printf("widths from args: [%*d] [%-*d] [%.*f]\n", 6, 7, 6, 7, 2, 2.71828)
	fmt.Printf("bools and pointers: %t %v %v\n", true, items[0].Discount == nil, *items[1].Discount)
	fmt.Printf("percent: 100%% done, %s\n", time.Duration(90)*time.Minute+15*time.Second)
	fmt.Printf("unsupported verb: %e\n", items[0].Price)
	fmt.Printf("struct with Stringer field: %v\n", struct {
		C Category
		N int
	}{Software, 2})
	fmt.Println()

	tw := tabwriter.NewWriter(os.Stdout, 4, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "SKU\tName\tCategory\tQty\tUnit\tLine total\tWeight\tTags\t")
	var grand Money
	var units int
	for _, it := range items {
		line := it.Price * Money(it.Qty)
		if it.Discount != nil {
			line -= Money(float64(line) * *it.Discount)
		}
		grand += line
		units += it.Qty
		tags := "-"
		if len(it.Tags) > 0 {
			tags = strings.Join(it.Tags, ",")
		}
		fmt.Fprintf(tw, "%s\t%s\t%v\t%d\t%v\t%v\t%.3f\t%s\t\n",
			it.SKU, it.Name, it.Cat, it.Qty, it.Price, line, it.Weight, tags)
	}
	fmt.Fprintf(tw, "\t\t\t%d\t\t%+v\t\t\t\n", units, grand)
	tw.Flush()
	fmt.Println()

	var sb strings.Builder
	for i, it := range items {
		fmt.Fprintf(&sb, "%-2d|%-16.16s|%6.1f%%|%s\n", i, it.Name,
			100*float64(it.Price*Money(it.Qty))/float64(grand), strings.Repeat("*", it.Qty/4))
	}
	fmt.Print(sb.String())
	s := fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprintln("x", 1, true) == "x 1 true\n")
	err := fmt.Errorf("item %s: qty %d below minimum %d", items[4].SKU, items[4].Qty, 1)
	fmt.Println("error:", err)
	fmt.Printf("%v|%6.2v|%v|%v\n", []int{1, 2, 3}, 3.14159, map[string]int{"b": 2, "a": 1}, [2]bool{true})
}
