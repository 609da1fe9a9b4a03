// flag: the package-level functions over CommandLine, parsing os.Args.
// args: -n 3 --verbose -name=gopher -tags a -tags b -timeout 250ms -ratio 0.75 -big 12345678901 -count 4 -size 9 extra1 -notaflag extra2
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

type tags []string

func (t *tags) String() string     { return strings.Join(*t, "+") }
func (t *tags) Set(s string) error { *t = append(*t, s); return nil }

func main() {
	n := flag.Int("n", 1, "how many")
	verbose := flag.Bool("verbose", false, "talk more")
	name := flag.String("name", "world", "who to greet")
	timeout := flag.Duration("timeout", time.Second, "how long to wait")
	ratio := flag.Float64("ratio", 0.5, "a ratio")
	big := flag.Int64("big", 0, "a big number")
	count := flag.Uint("count", 0, "a count")
	size := flag.Uint64("size", 0, "a size")
	var ts tags
	flag.Var(&ts, "tags", "tags (repeatable)")
	var quiet bool
	flag.BoolVar(&quiet, "quiet", false, "talk less")
	var label string
	flag.StringVar(&label, "label", "none", "a label")
	var k int
	flag.IntVar(&k, "k", 2, "k")
	var k64 int64
	flag.Int64Var(&k64, "k64", 0, "k64")
	var cu uint
	flag.UintVar(&cu, "cu", 0, "cu")
	var cu64 uint64
	flag.Uint64Var(&cu64, "cu64", 0, "cu64")
	var fl float64
	flag.Float64Var(&fl, "fl", 0, "fl")
	var dur time.Duration
	flag.DurationVar(&dur, "dur", time.Minute, "dur")
	var seen []string
	flag.Func("seen", "records", func(s string) error { seen = append(seen, s); return nil })

	fmt.Println(flag.Parsed(), flag.NFlag(), flag.NArg())
	flag.Parse()
	fmt.Println(flag.Parsed(), flag.NFlag(), flag.NArg(), flag.Args(), flag.Arg(0), flag.Arg(1), flag.Arg(5) == "")
	fmt.Println(*n, *verbose, *name, *timeout, *ratio, *big, *count, *size, ts, quiet, label, k, k64, cu, cu64, fl, dur, seen)
	flag.Visit(func(f *flag.Flag) { fmt.Print(f.Name, "=", f.Value, " ") })
	fmt.Println()
	flag.VisitAll(func(f *flag.Flag) { fmt.Print(f.Name, " ") })
	fmt.Println()
	fmt.Println(flag.Lookup("name").DefValue, flag.Lookup("name").Value, flag.Lookup("zzz") == nil)
	fmt.Println(flag.Set("k", "10"))
	fmt.Println(k)
	fmt.Println(flag.Set("k", "ten"), flag.Set("nope", ""), flag.NFlag())
	fmt.Println(flag.CommandLine.ErrorHandling() == flag.ExitOnError, flag.CommandLine.Name() == os.Args[0])
	flag.CommandLine.SetOutput(os.Stdout)
	flag.PrintDefaults()
	fmt.Println(flag.CommandLine.Output() == os.Stdout)
}
