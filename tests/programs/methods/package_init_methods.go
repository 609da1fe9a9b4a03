package main

import "fmt"

// Package-level initializers may call methods, whichever comes first in the file.

var total = Counter{3}.Double() + (&Counter{4}).Triple()

var describe = func() string { return Pair{1, 2}.String() }

var table = []struct {
	name string
	fn   func() int
}{
	{"double", func() int { return Counter{5}.Double() }},
	{"triple", func() int { c := Counter{6}; return c.Triple() }},
}

type Counter struct{ n int }

func (c Counter) Double() int  { return 2 * c.n }
func (c *Counter) Triple() int { return 3 * c.n }

type Pair struct{ a, b int }

func (p Pair) String() string { return fmt.Sprintf("(%d, %d)", p.a, p.b) }

var pair = Pair{7, 8}

func main() {
	fmt.Println(total, describe(), pair)
	for _, t := range table {
		fmt.Println(t.name, t.fn())
	}
}
