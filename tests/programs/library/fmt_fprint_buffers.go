// The Fprint family formats into buffers it reuses from call to call, and fmt's operands are
// boxed in the caller's frame: nested and re-entered printing, writers that print or panic,
// and String methods that change their receiver copy must all still print what Go prints.
package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

// upper forwards to os.Stdout through Fprintf: a Write that formats while its caller's
// buffer is in use.
type upper struct{ calls int }

func (u *upper) Write(p []byte) (int, error) {
	u.calls++
	fmt.Fprintf(os.Stdout, "[%d:%d] %s", u.calls, len(p), p)
	return len(p), nil
}

// boom panics on its second write.
type boom struct{ n int }

func (b *boom) Write(p []byte) (int, error) {
	b.n++
	if b.n == 2 {
		panic(errors.New("boom on write " + strconv.Itoa(b.n)))
	}
	return os.Stdout.Write(p)
}

// counter's String method changes its receiver, a copy of the boxed value.
type counter struct {
	name string
	n    int
}

func (c counter) String() string {
	c.n++
	return fmt.Sprintf("%s#%d", c.name, c.n)
}

// nested prints through Fprintln from inside its own String method.
type nested struct{ depth int }

func (n nested) String() string {
	if n.depth == 0 {
		return "leaf"
	}
	fmt.Fprintln(os.Stdout, "  formatting depth", n.depth)
	return fmt.Sprint("(", nested{n.depth - 1}, ")")
}

type limited struct{ room int }

func (l *limited) Write(p []byte) (int, error) {
	if len(p) > l.room {
		os.Stdout.Write(p[:l.room])
		return l.room, errors.New("short")
	}
	l.room -= len(p)
	return os.Stdout.Write(p)
}

func main() {
	u := &upper{}
	for i := 0; i < 3; i++ {
		n, err := fmt.Fprintln(u, "line", i, 2.5, true, nil)
		fmt.Println(" ->", n, err)
	}
	fmt.Fprintf(u, "%s|%5d|%-4s|%v\n", "fmt", 42, "x", []int{1, 2})
	fmt.Fprint(u, "no newline", 7, "\n")

	b := &boom{}
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("recovered:", r)
				}
			}()
			fmt.Fprintf(b, "write %d of %s\n", i, "boom")
		}()
	}

	c := counter{"c", 0}
	fmt.Println(c, c, c.n)
	fmt.Printf("%v %s %d\n", c, c, c.n)
	fmt.Fprintln(os.Stdout, c, &c, c.n)

	fmt.Println(nested{2})

	l := &limited{room: 12}
	n, err := fmt.Fprintf(l, "%s and more\n", "twelve bytes")
	fmt.Println("\n->", n, err)

	s := fmt.Sprintln("sprint", 1, counter{"s", 9})
	for i := 0; i < 2; i++ {
		fmt.Print(s)
		fmt.Fprint(os.Stdout, s)
	}
	fmt.Fprintln(os.Stderr, "to stderr", 3)
}
