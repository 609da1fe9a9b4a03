// flag: a FlagSet with every kind of flag (Bool, Int, Int64, Uint, Uint64, String, Float64,
// Duration and their Var forms, Func, Var with custom Values, TextVar), parsing rules and
// every error message, PrintDefaults, Visit/VisitAll/Lookup/Set, the ErrorHandling modes and
// the panics of bad definitions.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

// list is a Value collecting every use of its flag.
type list []string

func (l *list) String() string { return strings.Join(*l, ",") }
func (l *list) Set(s string) error {
	if s == "" {
		return errors.New("empty element")
	}
	*l = append(*l, s)
	return nil
}

// level is a TextVar type.
type level int

func (l level) MarshalText() ([]byte, error) {
	return []byte([]string{"debug", "info", "warn"}[l]), nil
}

func (l *level) UnmarshalText(b []byte) error {
	for i, n := range []string{"debug", "info", "warn"} {
		if n == string(b) {
			*l = level(i)
			return nil
		}
	}
	return fmt.Errorf("unknown level %q", b)
}

type other int

func (o other) MarshalText() ([]byte, error) { return []byte("other"), nil }

// valueText implements TextUnmarshaler with a value receiver (not usable as a TextVar target).
type valueText struct{}

func (valueText) UnmarshalText([]byte) error { return nil }

// toggle is a custom boolean flag.
type toggle struct{ on *bool }

func (t toggle) String() string {
	if t.on == nil {
		return "nil toggle"
	}
	return fmt.Sprint(*t.on)
}
func (t toggle) Set(s string) error {
	*t.on = s == "true" || s == "yes"
	return nil
}
func (t toggle) IsBoolFlag() bool { return true }

// fragile's String panics on a zero value.
type fragile struct{ p *int }

func (f *fragile) String() string { return fmt.Sprint(*f.p) }
func (f *fragile) Set(string) error { return nil }

func parse(fs *flag.FlagSet, args ...string) {
	err := fs.Parse(args)
	fmt.Printf("Parse(%q): err=%v args=%q narg=%d nflag=%d\n", args, err, fs.Args(), fs.NArg(), fs.NFlag())
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			_, isString := r.(string)
			fmt.Printf("%s panic: %v (string: %v)\n", name, r, isString)
		}
	}()
	f()
}

func main() {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	fmt.Println(fs.Name(), fs.ErrorHandling(), fs.Output() == os.Stdout, fs.Parsed())

	b := fs.Bool("b", false, "a bool")
	var bv bool
	fs.BoolVar(&bv, "bv", true, "a bool var defaulting to true")
	i := fs.Int("i", 0, "an int")
	var iv int
	fs.IntVar(&iv, "iv", -3, "an int `N`")
	i64 := fs.Int64("i64", 1<<40, "an int64")
	var i64v int64
	fs.Int64Var(&i64v, "i64v", 0, "")
	u := fs.Uint("u", 7, "a uint")
	var uv uint
	fs.UintVar(&uv, "uv", 0, "a uint var")
	u64 := fs.Uint64("u64", 0, "a uint64")
	var u64v uint64
	fs.Uint64Var(&u64v, "u64v", 1<<63, "a big uint64")
	s := fs.String("s", "", "a string")
	var sv string
	fs.StringVar(&sv, "sv", "dflt", "a string with\nseveral lines\nof usage")
	f := fs.Float64("f", 2.5, "a float")
	var fv float64
	fs.Float64Var(&fv, "fv", 0, "a float var")
	d := fs.Duration("d", 90*time.Second, "a duration")
	var dv time.Duration
	fs.DurationVar(&dv, "dv", 0, "a `delay` var")
	var calls []string
	fs.Func("fn", "a func flag", func(v string) error {
		calls = append(calls, v)
		if v == "bad" {
			return errors.New("fn refuses")
		}
		return nil
	})
	var l list
	fs.Var(&l, "l", "a list (repeatable)")
	var on bool
	fs.Var(toggle{&on}, "t", "a custom bool")
	lvl := level(1)
	fs.TextVar(&lvl, "level", level(2), "a `lvl` from text")
	fs.Var(&fragile{new(int)}, "fragile", "String panics on zero")

	fmt.Println(*b, bv, *i, iv, *i64, i64v, *u, uv, *u64, u64v, *s, sv, *f, fv, *d, dv, lvl)
	fs.PrintDefaults()

	parse(fs, "-b", "-bv=false", "--i", "-42", "-iv=0x1f", "-i64", "-9223372036854775808", "-u=0777", "-uv", "3",
		"-u64", "18446744073709551615", "-s", "", "-sv=x=y", "-f", "1e3", "-fv=-0.5", "-d", "1h2m", "-dv=1.5ms",
		"-fn", "one", "-fn=two", "-l", "a", "-l=b", "-t", "-level", "debug", "rest", "-b")
	fmt.Println(*b, bv, *i, iv, *i64, i64v, *u, uv, *u64, u64v, *s, sv, *f, fv, *d, dv, calls, l, on, lvl)
	fmt.Println(fs.Parsed(), fs.Arg(0), fs.Arg(1), fs.Arg(2) == "", fs.Arg(-1) == "")
	fs.Visit(func(fl *flag.Flag) { fmt.Printf("set %s=%s (default %q)\n", fl.Name, fl.Value, fl.DefValue) })
	n := 0
	fs.VisitAll(func(fl *flag.Flag) { n++ })
	fmt.Println("all:", n)
	for _, name := range []string{"i", "l", "level", "fn", "missing"} {
		fl := fs.Lookup(name)
		if fl == nil {
			fmt.Println(name, "not found")
			continue
		}
		name, usage := flag.UnquoteUsage(fl)
		g, isGetter := fl.Value.(flag.Getter)
		var got any
		if isGetter {
			got = g.Get()
		}
		fmt.Printf("%s %T %q %q %v %T\n", fl.Name, fl.Value, name, usage, isGetter, got)
	}
	// (Separate statements: gc reads *i after every call of one statement.)
	fmt.Println(fs.Set("i", "99"))
	fmt.Println(*i)
	fmt.Println(fs.Set("i", "x"))
	fmt.Println(*i)
	fmt.Println(fs.Set("nope", "1"), fs.Set("t", "yes"))
	fmt.Println(on)
	fmt.Println(fs.Set("level", "loud"), fs.Set("l", ""), fs.NFlag())

	// Parsing rules and error messages (the default usage once, then a short one).
	parse(fs, "-undefined")
	fs.Usage = func() { fmt.Println("[usage]") }
	for _, args := range [][]string{
		{}, {"plain", "-b"}, {"-", "-b"}, {"--", "-b"}, {"-b", "--", "--", "x"}, {"---b"}, {"-=b"}, {"--=x"},
		{"-i"}, {"-i", "x"}, {"-i=1.5"}, {"-i", "99999999999999999999"}, {"-u", "-1"}, {"-u64", "0x1p3"},
		{"-i64=9223372036854775808"}, {"-b=maybe"}, {"-b=T"}, {"-b", "false"}, {"-f", "abc"}, {"-f=1e999"},
		{"-d", "5"}, {"-d=-3s"}, {"-fn", "bad"}, {"-l="}, {"-level=loud"}, {"-nope"}, {"-help"}, {"-h"}, {"--help=1"},
	} {
		parse(fs, args...)
	}

	// Usage replaced, and an unnamed set.
	fs2 := flag.NewFlagSet("", flag.ContinueOnError)
	fs2.SetOutput(os.Stdout)
	fs2.Int("x", 1, "x")
	parse(fs2, "-y")
	fs2.Usage = func() { fmt.Println("custom usage!") }
	parse(fs2, "-y")
	parse(fs2, "-h")
	fs2.Usage = nil
	parse(fs2, "-y")
	fs2.Init("renamed", flag.PanicOnError)
	fmt.Println(fs2.Name(), fs2.ErrorHandling())
	try("PanicOnError", func() { fs2.Parse([]string{"-x", "oops"}) })
	try("PanicOnError help", func() { fs2.Parse([]string{"-help"}) })
	var zero flag.FlagSet
	zero.SetOutput(os.Stdout)
	zero.String("z", "", "in a zero FlagSet")
	fmt.Println(zero.Name() == "", zero.ErrorHandling() == flag.ContinueOnError)
	parse(&zero, "-z", "ok", "-q")
	zero.SetOutput(nil)
	fmt.Println(zero.Output() == os.Stderr)

	// Bad definitions panic after printing the message.
	try("redefined", func() { fs.Int("i", 0, "again") })
	try("redefined unnamed", func() { fs2.Init("", flag.ContinueOnError); fs2.Int("x", 0, "again") })
	try("dash", func() { fs.Bool("-x", false, "") })
	try("equals", func() { fs.Bool("a=b", false, "") })
	try("textvar mismatch", func() { var lv level; fs.TextVar(&lv, "t2", other(1), "") })
	try("textvar not pointer", func() { fs.TextVar(valueText{}, "t3", level(0), "") })
	try("textvar nil default", func() { var lv level; fs.TextVar(&lv, "t4", (*level)(nil), "") })
	lv := level(0)
	fs.TextVar(&lv, "t5", &lvl, "pointer default")
	fmt.Println(lv, fs.Lookup("t5").DefValue)

	// ErrHelp is the error value for -h.
	fs3 := flag.NewFlagSet("h", flag.ContinueOnError)
	fs3.SetOutput(os.Stdout)
	err := fs3.Parse([]string{"-h"})
	fmt.Println(err == flag.ErrHelp, errors.Is(err, flag.ErrHelp), flag.ContinueOnError, flag.ExitOnError, flag.PanicOnError)
}
