// log: Logger and the standard logger: New, Default, Print/Printf/Println, Panic/Panicf/
// Panicln (recovered), prefixes, Lmsgprefix, Lshortfile/Llongfile (through runtime.Caller),
// Output with call depths, Flags/SetFlags, Prefix/SetPrefix, Writer/SetOutput, io.Discard.
package main

import (
	"fmt"
	"io"
	"log"
	"os"
	"strings"
)

type noisy struct{}

func (noisy) String() string {
	fmt.Println("  (String called)")
	return "noisy"
}

type failWriter struct{}

func (failWriter) Write(p []byte) (int, error) { return 0, fmt.Errorf("cannot write %q", p) }

func helper(l *log.Logger, msg string) {
	l.Output(2, msg) // reports helper's caller
}

func stdHelper(msg string) {
	log.Output(2, msg)
}

func main() {
	fmt.Println(log.Ldate, log.Ltime, log.Lmicroseconds, log.Llongfile, log.Lshortfile, log.LUTC, log.Lmsgprefix, log.LstdFlags)
	fmt.Println(log.Flags(), log.Prefix() == "", log.Writer() == os.Stderr, log.Default().Writer() == io.Writer(os.Stderr))

	var sb strings.Builder
	l := log.New(&sb, "app: ", 0)
	l.Print("print", 1, 2, "x", "y", 3)
	l.Printf("printf %d %q", 42, "s")
	l.Println("println", 1, 2)
	l.Print("ends with newline\n")
	l.Print()
	l.Printf("")
	l.Println()
	fmt.Print(sb.String())
	fmt.Println(l.Prefix(), l.Flags(), l.Writer() == io.Writer(&sb))

	sb.Reset()
	l.SetFlags(log.Lmsgprefix)
	l.SetPrefix("[p] ")
	l.Println("moved prefix")
	l.SetFlags(log.Lshortfile)
	l.Println("short file")
	l.SetFlags(log.Lshortfile | log.Lmsgprefix)
	l.Printf("both %v", true)
	l.SetFlags(log.Llongfile | log.Lshortfile)
	l.Print("short wins")
	helper(l, "via helper")
	fmt.Println(l.Output(1, "direct output"))
	func() {
		l.Print("in a closure")
	}()
	fmt.Print(sb.String())

	sb.Reset()
	l.SetFlags(log.Llongfile)
	l.SetPrefix("")
	l.Print("long")
	out := sb.String()
	fmt.Println(strings.HasPrefix(out, "/"), strings.HasSuffix(out, "/log_logger.go:69: long\n"))

	// Date and time: the shape only (the values depend on the clock and the zone).
	for _, f := range []int{log.Ldate, log.Ltime, log.Ltime | log.Lmicroseconds, log.LstdFlags | log.LUTC, log.Lmicroseconds, log.LUTC} {
		sb.Reset()
		l.SetFlags(f)
		l.Print("t")
		shape := []byte(sb.String())
		for i, c := range shape {
			if c >= '0' && c <= '9' {
				shape[i] = '9'
			}
		}
		fmt.Printf("%d %q\n", f, shape)
	}

	// The standard logger, redirected.
	log.SetOutput(&sb)
	log.SetFlags(log.Lshortfile)
	log.SetPrefix("std> ")
	sb.Reset()
	log.Print("a", "b")
	log.Printf("%05.1f", 3.14159)
	log.Println("c", 'd')
	stdHelper("std helper")
	log.Output(1, "std output")
	fmt.Print(sb.String())
	fmt.Println(log.Prefix(), log.Flags(), log.Writer() == io.Writer(&sb), log.Default().Prefix())

	// Panics: the line is written, then the message is the panic value.
	for _, f := range []func(){
		func() { log.Panic("p1", 2) },
		func() { log.Panicf("p%d", 2) },
		func() { log.Panicln("p", 3) },
		func() { l.Panic("lp") },
		func() { l.Panicf("lp%s", "f") },
		func() { l.Panicln("lp", "ln") },
	} {
		sb.Reset()
		func() {
			defer func() {
				r := recover()
				fmt.Printf("recovered %T %q, wrote %q\n", r, r, sb.String())
			}()
			f()
		}()
	}

	// A discarding logger formats nothing.
	d := log.New(io.Discard, "", 0)
	d.Println(noisy{})
	d.Printf("%v", noisy{})
	d.Print(noisy{})
	fmt.Println(d.Output(1, "x"))
	l.SetOutput(io.Discard)
	l.Print(noisy{})
	l.SetOutput(&sb)
	sb.Reset()
	l.SetFlags(0)
	l.Print(noisy{})
	fmt.Print(sb.String())
	log.SetOutput(io.Discard)
	log.Println(noisy{})
	log.SetOutput(&sb)

	// Write errors come back from Output only.
	e := log.New(failWriter{}, "E ", 0)
	fmt.Println(e.Output(1, "lost"))
	e.Println("dropped silently")

	// Default goes to stderr.
	log.SetOutput(os.Stderr)
	log.SetFlags(0)
	log.SetPrefix("")
	log.Println("to stderr")
	log.Default().Printf("default %s", "logger")
}
