// Library functions as function values and library types embedded in structs.
package main

import (
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

type Counter struct {
	sync.Mutex
	n map[string]int
}

func (c *Counter) Add(k string) {
	c.Lock()
	defer c.Unlock()
	c.n[k]++
}

type Timed struct {
	time.Duration
	Label string
}

type Stamp struct {
	time.Time
	Seq int
}

type Doc struct {
	strings.Builder
	lines int
}

func (d *Doc) Line(s string) {
	d.WriteString(s)
	d.WriteByte('\n')
	d.lines++
}

type words []string

func (w words) byLen(i, j int) bool {
	if len(w[i]) != len(w[j]) {
		return len(w[i]) < len(w[j])
	}
	return w[i] < w[j]
}

func apply(name string, f func(string) string, in string) {
	fmt.Printf("%s(%q) = %q\n", name, in, f(in))
}

func main() {
	apply("ToUpper", strings.ToUpper, "go deferc")
	apply("ToLower", strings.ToLower, "MiXeD")
	apply("TrimSpace", strings.TrimSpace, "  pad  ")
	apply("Quote", strconv.Quote, "tab\there")

	pred := map[string]func(string, string) bool{
		"Contains":  strings.Contains,
		"HasPrefix": strings.HasPrefix,
		"HasSuffix": strings.HasSuffix,
		"EqualFold": strings.EqualFold,
	}
	names := make([]string, 0, len(pred))
	for k := range pred {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Println(k, pred[k]("GoLang", "go"), pred[k]("golang", "golang"))
	}

	split := strings.Split
	fields := strings.Fields
	fmt.Println(len(split("a,b,,c", ",")), split("a,b,,c", ","), fields("  x  y z "))
	join := strings.Join
	fmt.Println(join(fields(" 1 2  3 "), "+"))

	ops := []struct {
		name string
		f    func(float64) float64
	}{{"Sqrt", math.Sqrt}, {"Floor", math.Floor}, {"Abs", math.Abs}, {"Cbrt", math.Cbrt}}
	for _, op := range ops {
		fmt.Printf("%s(-2.5)=%v %s(16)=%v\n", op.name, op.f(-2.5), op.name, op.f(16))
	}
	pow := math.Pow
	fmt.Println(pow(2, 10), math.IsNaN(pow(-1, 0.5)))

	itoa := strconv.Itoa
	count := utf8.RuneCountInString
	fmt.Println(itoa(42)+"!", count("héllo, 世界"))

	var printers []func(...any) (int, error)
	printers = append(printers, fmt.Println, fmt.Print)
	for i, p := range printers {
		n, err := p("printer", i)
		fmt.Println(" ->", n, err)
	}
	sprint := fmt.Sprintf
	fmt.Println(sprint("%05.1f|%-4s|%x", 3.14159, "ab", 255))
	getenv := os.Getenv
	fmt.Printf("%q\n", getenv("DEFERC_SURELY_UNSET_VARIABLE"))
	defer fmt.Println("deferred Println runs last")
	dp := fmt.Println
	defer dp("deferred value runs before it")

	c := Counter{n: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.Add([]string{"even", "odd"}[i%2])
		}(i)
	}
	wg.Wait()
	fmt.Println(c.n["even"], c.n["odd"])

	t := Timed{Duration: 1500 * time.Millisecond, Label: "boot"}
	fmt.Println(t.Label, t.Seconds(), t.String(), t.Round(time.Second))
	s := Stamp{Time: time.Unix(1000, 0), Seq: 7}
	later := s.Add(90 * time.Second)
	fmt.Println(s.Seq, s.Unix(), later.Sub(s.Time), later.After(s.Time))

	var d Doc
	d.Line("first")
	d.Line("second")
	fmt.Print(d.String())
	fmt.Println(d.lines, d.Len())

	w := words{"pear", "fig", "banana", "kiwi", "apple"}
	sort.Slice(w, w.byLen)
	fmt.Println(w)
	less := w.byLen
	fmt.Println(less(0, 1), less(1, 0))
}
